import { useId, useState } from 'react';
import type { Customer, CustomerType } from '../../../../shared/schemas/customer';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import type { NewOrderDraft } from './new-order-form';

function matches(customer: Customer, query: string): boolean {
  const q = query.trim().toLowerCase();
  return customer.name.toLowerCase().includes(q) || customer.email.toLowerCase().includes(q);
}

/** Finds an existing customer (replicated, offline too) or takes a new buyer's name, e-mail and type. */
export function CustomerSection({
  draft,
  customers,
  errors,
  onPick,
  onChange,
}: {
  draft: NewOrderDraft;
  customers: readonly Customer[];
  errors: Partial<Record<string, string>>;
  onPick: (customer: Customer) => void;
  onChange: (patch: Partial<NewOrderDraft>) => void;
}) {
  const t = useT('manualOrders');
  const label = useEnumLabel();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const found =
    query.trim() === '' ? [] : customers.filter((customer) => matches(customer, query)).slice(0, 6);
  const set = (patch: Partial<NewOrderDraft['customer']>): void =>
    onChange({ customer: { ...draft.customer, ...patch } });
  return (
    <fieldset className="card customer-section">
      <legend>{t('customer.title')}</legend>
      {draft.customerId ? (
        <p>
          {t('customer.chosen', { name: draft.customer.name })}{' '}
          <button type="button" className="link" onClick={() => onChange({ customerId: null })}>
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
        <label>
          {t('customer.name')}
          <input
            value={draft.customer.name}
            autoComplete="name"
            aria-invalid={errors['customer.name'] ? true : undefined}
            onChange={(e) => set({ name: e.target.value })}
          />
          {errors['customer.name'] && <span className="field-error">{errors['customer.name']}</span>}
        </label>
        <label>
          {t('customer.email')}
          <input
            type="email"
            value={draft.customer.email}
            autoComplete="email"
            aria-invalid={errors['customer.email'] ? true : undefined}
            onChange={(e) => set({ email: e.target.value })}
          />
          {errors['customer.email'] && <span className="field-error">{errors['customer.email']}</span>}
        </label>
        <label>
          {t('customer.type')}
          <select
            value={draft.customer.type}
            onChange={(e) => set({ type: e.target.value === 'b2b' ? 'b2b' : ('b2c' satisfies CustomerType) })}
          >
            <option value="b2c">{label('customerType', 'b2c')}</option>
            <option value="b2b">{label('customerType', 'b2b')}</option>
          </select>
        </label>
        {draft.customer.type === 'b2b' && (
          <label>
            {t('customer.vatNumber')}
            <input value={draft.customer.vatNumber} onChange={(e) => set({ vatNumber: e.target.value })} />
            {errors['customer.vatNumber'] && (
              <span className="field-error">{errors['customer.vatNumber']}</span>
            )}
          </label>
        )}
      </div>
    </fieldset>
  );
}
