import { useId, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Customer } from '../../../../shared/schemas/customer';
import type { CreateManualOrderPayload } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { LabelledField } from '../../forms/labelled-field';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import type { NewOrderDraft } from './new-order-form';

function matches(customer: Customer, query: string): boolean {
  const q = query.trim().toLowerCase();
  return customer.name.toLowerCase().includes(q) || customer.email.toLowerCase().includes(q);
}

/** Finds an existing customer (replicated, offline too) or takes a new buyer's name, e-mail and type. */
export function CustomerSection({
  form,
  customers,
  errorAt,
  onPick,
}: {
  form: UseFormReturn<NewOrderDraft, unknown, CreateManualOrderPayload>;
  customers: readonly Customer[];
  errorAt: (path: 'customer.name' | 'customer.email' | 'customer.vatNumber') => string | undefined;
  onPick: (customer: Customer) => void;
}) {
  const t = useT('manualOrders');
  const label = useEnumLabel();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const found =
    query.trim() === '' ? [] : customers.filter((customer) => matches(customer, query)).slice(0, 6);
  const { register, control, setValue } = form;
  const customerId = useWatch({ control, name: 'customerId' });
  const chosenName = useWatch({ control, name: 'customer.name' });
  const type = useWatch({ control, name: 'customer.type' });
  const nameError = errorAt('customer.name');
  const emailError = errorAt('customer.email');
  const vatError = errorAt('customer.vatNumber');
  return (
    <fieldset className="card customer-section">
      <legend>{t('customer.title')}</legend>
      {customerId ? (
        <p>
          {t('customer.chosen', { name: chosenName })}{' '}
          <button type="button" className="link" onClick={() => setValue('customerId', null)}>
            {t('customer.newCustomer')}
          </button>
        </p>
      ) : (
        <div>
          <label htmlFor={searchId}>{t('customer.search')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t('customer.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
          {query.trim() !== '' && found.length === 0 && <p className="muted">{t('customer.noMatch')}</p>}
          <ul className="search-results">
            {found.map((customer) => (
              <li key={customer.id}>
                <span>
                  {customer.name} <span className="muted">· {customer.email}</span>
                </span>
                <button
                  type="button"
                  onClick={() => {
                    onPick(customer);
                    setQuery('');
                  }}
                >
                  {t('customer.use')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-grid">
        <LabelledField id="customer-name" label={t('customer.name')} error={nameError}>
          {(aria) => <input {...register('customer.name')} autoComplete="name" {...aria} />}
        </LabelledField>
        <LabelledField id="customer-email" label={t('customer.email')} error={emailError}>
          {(aria) => <input type="email" {...register('customer.email')} autoComplete="email" {...aria} />}
        </LabelledField>
        <label>
          {t('customer.type')}
          <select {...register('customer.type')}>
            <option value="b2c">{label('customerType', 'b2c')}</option>
            <option value="b2b">{label('customerType', 'b2b')}</option>
          </select>
        </label>
        {type === 'b2b' && (
          <LabelledField id="customer-vat" label={t('customer.vatNumber')} error={vatError}>
            {(aria) => <input {...register('customer.vatNumber')} {...aria} />}
          </LabelledField>
        )}
      </div>
    </fieldset>
  );
}
