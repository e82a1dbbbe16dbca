import { useCallback, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { EditOrderItemsPayload } from '../../../../shared/domain/order/manual/manual-order-schemas';
import type { Order } from '../../../../shared/schemas/order';
import { activeInvoiceOf } from '../../../../shared/domain/invoicing/active-invoice';
import { itemEditLock } from '../../../../shared/domain/order/manual/item-edit-lock';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useT } from '../../i18n/use-t';
import { useInvoices } from '../invoices/invoice-hooks';
import { refusalType } from '../orders/draft-issues';
import { useDraftErrorText } from '../orders/use-draft-error-text';
import { devicePricingContext } from './device-pricing-context';
import { editPreviewOf, linesOf } from './edit-items-form';
import { editItemsSchema, type ItemsDraft } from './edit-items-schema';
import { LineItemsTable, type EditableLine } from './line-items-table';
import { useManualOrderErrorText } from './manual-order-error-text';
import { ProductSearch } from './product-search';
import { TotalsSummary } from './totals-summary';
import { useDeviceStoreFacts, useLocalProducts } from './use-local-catalog';
import './manual-orders.css';

/** "Edit items" on an unshipped, uninvoiced order: add, remove, re-count; disabled with its reason otherwise. */
export function EditItemsPanel({ order }: { order: Order }) {
  const data = useData();
  const t = useT('manualOrders');
  const invoices = useInvoices(order.id);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  if (!hasPermission(data.session.user, 'orders.edit')) return null;
  const invoiced = activeInvoiceOf(invoices.map((entry) => entry.invoice)) !== undefined;
  const lock = itemEditLock(order, invoiced);
  if (!open)
    return (
      <div className="edit-items-closed">
        <button
          type="button"
          data-testid="edit-items"
          disabled={lock !== undefined}
          aria-describedby={lock ? 'edit-items-lock' : undefined}
          onClick={() => {
            setOpen(true);
            setMessage(undefined);
          }}
        >
          {t('edit.open')}
        </button>
        {lock && (
          <span className="muted" id="edit-items-lock" data-testid="edit-items-lock">
            {t(`edit.locked.${lock}`)}
          </span>
        )}
        {message && (
          <span className="muted" role="status">
            {message}
          </span>
        )}
      </div>
    );
  return (
    <EditItemsForm
      order={order}
      invoiced={invoiced}
      onDone={(done) => {
        setOpen(false);
        setMessage(done);
      }}
    />
  );
}

/** The open item editor: quantities as a field array checked by the shared payload schema, live totals. */
function EditItemsForm({
  order,
  invoiced,
  onDone,
}: {
  order: Order;
  invoiced: boolean;
  onDone: (message: string | undefined) => void;
}) {
  const data = useData();
  const t = useT('manualOrders');
  const errorText = useManualOrderErrorText();
  const keyText = useCallback(
    (message: string) => (message === 'nothingChanged' ? t('edit.nothingChanged') : message),
    [t],
  );
  const products = useLocalProducts();
  const store = useDeviceStoreFacts();
  const contextOf = (lines: ItemsDraft['lines']) =>
    devicePricingContext(store, {
      products,
      productIds: lines.flatMap((line) => (line.itemId === null ? [line.productId] : [])),
      method: null,
      invoiced,
    });
  const form = useForm<ItemsDraft, unknown, EditOrderItemsPayload>({
    defaultValues: { lines: linesOf(order) },
    resolver: (values, context, options) =>
      zodResolver(editItemsSchema(order, contextOf(values.lines)))(values, context, options),
    shouldFocusError: true,
  });
  const { register, control, handleSubmit, formState, getValues, setValue, setError } = form;
  const rows = useFieldArray({ control, name: 'lines' });
  const lines = useWatch({ control, name: 'lines' });
  const preview = lines.length > 0 ? editPreviewOf(order, lines, contextOf(lines)) : undefined;
  const errorAt = useDraftErrorText(formState.errors, order.currency, keyText);
  const tableRows: EditableLine[] = rows.fields.map((row, index) => {
    const item =
      row.itemId === null ? undefined : order.items.find((candidate) => candidate.id === row.itemId);
    const product = products.find((candidate) => candidate.id === row.productId);
    const priced = preview?.ok ? preview.order.items[index] : undefined;
    return {
      key: row.id,
      name: item?.product.name ?? product?.name ?? '',
      sku: item?.product.sku ?? product?.sku ?? '',
      unitNet: priced?.product.unitPriceNet ?? item?.product.unitPriceNet ?? product?.priceNet,
      quantity: lines[index]?.quantity ?? row.quantity,
      isNew: row.itemId === null,
      locked: row.productId === null,
    };
  });
  const addProduct = (productId: string): void => {
    const index = getValues('lines').findIndex((line) => line.productId === productId);
    if (index < 0) return rows.append({ key: `new-${productId}`, itemId: null, productId, quantity: 1 });
    setValue(`lines.${index}.quantity`, getValues(`lines.${index}.quantity`) + 1, { shouldValidate: true });
  };
  const save = handleSubmit(async (payload) => {
    const result = await dispatchOrderCommand(data, {
      type: 'order.edit_items',
      orderId: order.id,
      payload,
      summary: t('edit.summary', { number: order.number }),
    });
    if (!result.ok)
      return setError('root', { type: refusalType, message: errorText(result.error, order.currency) });
    onDone(t('edit.saved'));
  });
  const formError = errorAt('root');
  const saving = formState.isSubmitting;
  return (
    <form className="card edit-items" aria-label={t('edit.title')} noValidate onSubmit={(e) => void save(e)}>
      <h3>{t('edit.title')}</h3>
      <ProductSearch
        products={products}
        currency={order.currency}
        onAdd={(product) => addProduct(product.id)}
      />
      <LineItemsTable
        lines={tableRows}
        currency={order.currency}
        quantityInput={(index) => register(`lines.${index}.quantity`, { valueAsNumber: true })}
        errorOf={(index) => errorAt(`lines.${index}.quantity`)}
        onRemove={(index) => rows.remove(index)}
      />
      {preview?.ok === true && <TotalsSummary order={preview.order} />}
      {preview?.ok === false && <p className="notice">{errorText(preview.error, order.currency)}</p>}
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {t('edit.save')}
        </button>
        <button type="button" disabled={saving} onClick={() => onDone(undefined)}>
          {t('edit.discard')}
        </button>
      </div>
    </form>
  );
}
