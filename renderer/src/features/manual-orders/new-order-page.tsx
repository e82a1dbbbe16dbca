import { useCallback } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DomainErrorBody } from '../../../../shared/errors';
import type { CreateManualOrderPayload } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { newId } from '../../../../shared/ids';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { Link, useNavigate } from '@tanstack/react-router';
import { useData } from '../../data/data-context';
import { dispatchCreateManualOrder } from '../../data/dispatch-command';
import { describeFieldErrors } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { controlAria, FieldError } from '../../forms/labelled-field';
import { FormAddress } from '../orders/form-address';
import { refusalType } from '../orders/draft-issues';
import { useDraftErrorText } from '../orders/use-draft-error-text';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { ShippingMethodSelect } from '../shipping-methods/shipping-method-select';
import { CustomerSection } from './customer-section';
import { devicePricingContext } from './device-pricing-context';
import { LineItemsTable, type EditableLine } from './line-items-table';
import { useManualOrderErrorText } from './manual-order-error-text';
import {
  createPayloadOf,
  emptyNewOrder,
  previewOf,
  withCustomer,
  type NewOrderDraft,
} from './new-order-form';
import { newOrderFormPathOf } from './new-order-paths';
import { newOrderSchema, type NewOrderRequirement } from './new-order-schema';
import { ProductSearch } from './product-search';
import { TotalsSummary } from './totals-summary';
import { useDeviceStoreFacts, useLocalCustomers, useLocalProducts } from './use-local-catalog';
import './manual-orders.css';

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

const requirements: readonly string[] = ['required.items', 'required.method'] satisfies NewOrderRequirement[];

function isRequirement(message: string): message is NewOrderRequirement {
  return requirements.includes(message);
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
  const keyText = useCallback((message: string) => (isRequirement(message) ? t(message) : message), [t]);
  const draft0 = emptyNewOrder();
  const form = useForm<NewOrderDraft, unknown, CreateManualOrderPayload>({
    defaultValues: draft0,
    resolver: (values, context, options) => {
      const pricing = devicePricingContext(store, {
        products,
        productIds: values.lines.map((line) => line.productId),
        method: methods.find((method) => method.id === values.shippingMethodId) ?? null,
        invoiced: false,
      });
      return zodResolver(newOrderSchema(pricing))(values, context, options);
    },
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState, control, setValue, getValues, setError, watch } = form;
  const lineRows = useFieldArray({ control, name: 'lines' });
  const draft = watch();
  const errorAt = useDraftErrorText(formState.errors, store.currency, keyText);
  if (!hasPermission(data.session.user, 'orders.edit')) return null;

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
  const lines: EditableLine[] = lineRows.fields.map((row, index) => {
    const product = products.find((candidate) => candidate.id === row.productId);
    const priced = preview?.ok ? preview.order.items[index] : undefined;
    return {
      key: row.id,
      name: product?.name ?? row.productId,
      sku: product?.sku ?? '',
      unitNet: priced?.product.unitPriceNet ?? product?.priceNet,
      quantity: draft.lines[index]?.quantity ?? row.quantity,
      isNew: false,
      locked: false,
    };
  });
  const addProduct = (productId: string): void => {
    const index = getValues('lines').findIndex((line) => line.productId === productId);
    if (index < 0) return lineRows.append({ productId, quantity: 1 });
    setValue(`lines.${index}.quantity`, getValues(`lines.${index}.quantity`) + 1, { shouldValidate: true });
  };
  const showRefusal = (error: DomainErrorBody): void => {
    const sentences =
      error.code === 'BAD_INPUT' && (error.issues ?? []).length > 0
        ? describeFieldErrors(error, errorsT, fmt, { currency: store.currency })
        : { form: manualErrorText(error, store.currency) };
    for (const [path, message] of Object.entries(sentences))
      setError(newOrderFormPathOf(path), { type: refusalType, message });
  };
  const save = (asDraft: boolean) =>
    handleSubmit(async (payload) => {
      const orderId = newId();
      const result = await dispatchCreateManualOrder(data, {
        orderId,
        payload: { ...payload, draft: asDraft },
        summary: t(asDraft ? 'summaryDraft' : 'summaryCreate', { name: payload.customer.name }),
      });
      if (!result.ok) return showRefusal(result.error);
      void navigate({ to: '/orders/$orderId', params: { orderId: orderId } });
    });
  const methodError = errorAt('shippingMethodId');
  const formError = errorAt('root');
  const saving = formState.isSubmitting;

  return (
    <section className="page new-order">
      <Link to="/orders" className="muted">
        {t('back')}
      </Link>
      <h1>{t('title')}</h1>
      <p className="muted">{t('offlineHint')}</p>
      <form aria-label={t('title')} noValidate onSubmit={(e) => void save(false)(e)}>
        <div className="card">
          <h3>{t('products.title')}</h3>
          <ProductSearch
            products={products}
            currency={store.currency}
            onAdd={(product) => addProduct(product.id)}
          />
          <LineItemsTable
            lines={lines}
            currency={store.currency}
            quantityInput={(index) => register(`lines.${index}.quantity`, { valueAsNumber: true })}
            errorOf={(index) => errorAt(`lines.${index}.quantity`) ?? errorAt(`lines.${index}.productId`)}
            onRemove={(index) => lineRows.remove(index)}
          />
        </div>
        <CustomerSection
          form={form}
          customers={customers}
          errorAt={errorAt}
          onPick={(customer) => {
            const next = withCustomer(getValues(), customer);
            setValue('customerId', next.customerId);
            setValue('customer', next.customer);
            setValue('shippingAddress', next.shippingAddress);
            setValue('billingAddress', next.billingAddress);
          }}
        />
        <div className="address-pair">
          <FormAddress
            form={form}
            prefix="shippingAddress"
            legend={t('addresses.shipping')}
            disabled={false}
            errorAt={errorAt}
          />
          {!draft.billingSameAsShipping && (
            <FormAddress
              form={form}
              prefix="billingAddress"
              legend={t('addresses.billing')}
              disabled={false}
              errorAt={errorAt}
            />
          )}
        </div>
        <label className="inline">
          <input
            type="checkbox"
            {...register('billingSameAsShipping', {
              onChange: () => setValue('billingAddress', getValues('shippingAddress')),
            })}
          />
          {t('addresses.sameAsShipping')}
        </label>
        <div className="card">
          <label>
            {t('shipping.title')}
            <ShippingMethodSelect
              methods={methods}
              placeholder={t('shipping.choose')}
              {...register('shippingMethodId')}
              {...controlAria(methodError, 'new-order-method-error')}
            />
          </label>
          {methods.length === 0 && <p className="muted">{t('shipping.none')}</p>}
          <FieldError id="new-order-method-error" error={methodError} />
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
          <textarea rows={2} maxLength={5000} {...register('notes')} />
        </label>
        {formError && (
          <p className="error" role="alert">
            {formError}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('saving') : t('create')}
          </button>
          <button type="button" disabled={saving} onClick={(e) => void save(true)(e)}>
            {t('saveDraft')}
          </button>
        </div>
      </form>
    </section>
  );
}
