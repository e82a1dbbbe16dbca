import { useState } from 'react';
import type { DomainErrorBody } from '../../../../shared/errors';
import { newId } from '../../../../shared/ids';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { Link, useNavigate } from '@tanstack/react-router';
import { useData } from '../../data/data-context';
import { dispatchCreateManualOrder } from '../../data/dispatch-command';
import { describeFieldErrors } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { AddressFields } from '../orders/address-fields';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { CustomerSection } from './customer-section';
import { devicePricingContext } from './device-pricing-context';
import { LineItemsTable, type EditableLine } from './line-items-table';
import { useManualOrderErrorText } from './manual-order-error-text';
import {
  createPayloadOf,
  emptyNewOrder,
  previewOf,
  withCustomer,
  withProductAdded,
  type NewOrderDraft,
} from './new-order-form';
import { ProductSearch } from './product-search';
import { TotalsSummary } from './totals-summary';
import { useDeviceStoreFacts, useLocalCustomers, useLocalProducts } from './use-local-catalog';
import './manual-orders.css';

type Errors = Partial<Record<string, string>>;

/** A placeholder for what pricing does not read, so totals show while the form is still being filled. */
function pricingOnly(payload: Record<string, unknown>, draft: NewOrderDraft): Record<string, unknown> {
  const address = {
    name: '—',
    line1: '—',
    postalCode: '—',
    city: '—',
    country: draft.shippingAddress.country,
  };
  return {
    ...payload,
    customer: { name: '—', email: 'preview@example.com', type: draft.customer.type },
    shippingAddress: address,
    billingAddress: address,
  };
}

/** "New order": catalog search, customer, addresses, shipping method, live totals; draft or order, offline too. */
export function NewOrderPage() {
  const data = useData();
  const t = useT('manualOrders');
  const navigate = useNavigate();
  const errorsT = useT('errors');
  const fmt = useFormat();
  const manualErrorText = useManualOrderErrorText();
  const products = useLocalProducts();
  const customers = useLocalCustomers();
  const methods = useAllShippingMethods().filter((method) => method.active);
  const store = useDeviceStoreFacts();
  const [draft, setDraft] = useState<NewOrderDraft>(emptyNewOrder);
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  if (!hasPermission(data.session.user, 'orders.edit')) return null;

  const change = (patch: Partial<NewOrderDraft>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setErrors({});
  };
  const context = devicePricingContext(store, {
    products,
    productIds: draft.lines.map((line) => line.productId),
    method: methods.find((method) => method.id === draft.shippingMethodId) ?? null,
    invoiced: false,
  });
  const preview =
    draft.lines.length > 0 && draft.shippingMethodId !== ''
      ? previewOf(pricingOnly(createPayloadOf(draft, context, true), draft), data.session.user)
      : undefined;
  const lines: EditableLine[] = draft.lines.map((line, index) => {
    const product = products.find((candidate) => candidate.id === line.productId);
    const priced = preview?.ok ? preview.order.items[index] : undefined;
    return {
      key: line.productId,
      name: product?.name ?? line.productId,
      sku: product?.sku ?? '',
      unitNet: priced?.product.unitPriceNet ?? product?.priceNet,
      quantity: line.quantity,
      isNew: false,
      locked: false,
    };
  });
  const refusal = (error: DomainErrorBody): Errors =>
    error.code === 'BAD_INPUT' && (error.issues ?? []).length > 0
      ? describeFieldErrors(error, errorsT, fmt, { currency: store.currency })
      : { form: manualErrorText(error, store.currency) };

  const save = async (asDraft: boolean): Promise<void> => {
    if (draft.lines.length === 0) return setErrors({ form: t('required.items') });
    if (draft.shippingMethodId === '') return setErrors({ shippingMethodId: t('required.method') });
    setSaving(true);
    const orderId = newId();
    const name = draft.customer.name.trim();
    const result = await dispatchCreateManualOrder(data, {
      orderId,
      payload: createPayloadOf(draft, context, asDraft),
      summary: t(asDraft ? 'summaryDraft' : 'summaryCreate', { name }),
    });
    setSaving(false);
    if (!result.ok) return setErrors(refusal(result.error));
    void navigate({ to: '/orders/$orderId', params: { orderId: orderId } });
  };

  return (
    <section className="page new-order">
      <Link to="/orders" className="muted">
        {t('back')}
      </Link>
      <h1>{t('title')}</h1>
      <p className="muted">{t('offlineHint')}</p>
      <form
        aria-label={t('title')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
      >
        <div className="card">
          <h3>{t('products.title')}</h3>
          <ProductSearch
            products={products}
            currency={store.currency}
            onAdd={(product) => change({ lines: withProductAdded(draft.lines, product.id) })}
          />
          <LineItemsTable
            lines={lines}
            currency={store.currency}
            errors={errors}
            onQuantity={(key, quantity) =>
              change({
                lines: draft.lines.map((line) => (line.productId === key ? { ...line, quantity } : line)),
              })
            }
            onRemove={(key) => change({ lines: draft.lines.filter((line) => line.productId !== key) })}
          />
        </div>
        <CustomerSection
          draft={draft}
          customers={customers}
          errors={errors}
          onPick={(customer) => {
            setDraft((current) => withCustomer(current, customer));
            setErrors({});
          }}
          onChange={change}
        />
        <div className="address-pair">
          <AddressFields
            legend={t('addresses.shipping')}
            prefix="shippingAddress"
            value={draft.shippingAddress}
            errors={errors}
            disabled={false}
            onChange={(shippingAddress) => change({ shippingAddress })}
          />
          {!draft.billingSameAsShipping && (
            <AddressFields
              legend={t('addresses.billing')}
              prefix="billingAddress"
              value={draft.billingAddress}
              errors={errors}
              disabled={false}
              onChange={(billingAddress) => change({ billingAddress })}
            />
          )}
        </div>
        <label className="inline">
          <input
            type="checkbox"
            checked={draft.billingSameAsShipping}
            onChange={(e) =>
              change({ billingSameAsShipping: e.target.checked, billingAddress: draft.shippingAddress })
            }
          />
          {t('addresses.sameAsShipping')}
        </label>
        <div className="card">
          <label>
            {t('shipping.title')}
            <select
              value={draft.shippingMethodId}
              aria-invalid={errors.shippingMethodId ? true : undefined}
              onChange={(e) => change({ shippingMethodId: e.target.value })}
            >
              <option value="">{t('shipping.choose')}</option>
              {methods.map((method) => (
                <option key={method.id} value={method.id}>
                  {method.name}
                </option>
              ))}
            </select>
          </label>
          {methods.length === 0 && <p className="muted">{t('shipping.none')}</p>}
          {errors.shippingMethodId && <span className="field-error">{errors.shippingMethodId}</span>}
        </div>
        <div className="card">
          <h3>{t('totals.title')}</h3>
          {preview === undefined && <p className="muted">{t('totals.pending')}</p>}
          {preview?.ok === true && <TotalsSummary order={preview.order} />}
          {preview?.ok === false && (
            <p className="notice">
              {t('totals.problem', { reason: manualErrorText(preview.error, store.currency) })}
            </p>
          )}
        </div>
        <label className="notes-field">
          {t('notes')}
          <textarea
            rows={2}
            maxLength={5000}
            value={draft.notes}
            onChange={(e) => change({ notes: e.target.value })}
          />
        </label>
        {errors.form && (
          <p className="error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('saving') : t('create')}
          </button>
          <button type="button" disabled={saving} onClick={() => void save(true)}>
            {t('saveDraft')}
          </button>
        </div>
      </form>
    </section>
  );
}
