import { useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { activeInvoiceOf } from '../../../../shared/domain/invoicing/active-invoice';
import { itemEditLock } from '../../../../shared/domain/order/manual/item-edit-lock';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useT } from '../../i18n/use-t';
import { useInvoices } from '../invoices/invoice-hooks';
import { devicePricingContext } from './device-pricing-context';
import {
  editPayloadOf,
  editPreviewOf,
  linesOf,
  unchanged,
  withProduct,
  type ItemLine,
} from './edit-items-form';
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
  const [lines, setLines] = useState<ItemLine[] | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  if (!hasPermission(data.session.user, 'orders.edit')) return null;
  const invoiced = activeInvoiceOf(invoices.map((entry) => entry.invoice)) !== undefined;
  const lock = itemEditLock(order, invoiced);
  if (!lines)
    return (
      <div className="edit-items-closed">
        <button
          type="button"
          data-testid="edit-items"
          disabled={lock !== undefined}
          aria-describedby={lock ? 'edit-items-lock' : undefined}
          onClick={() => {
            setLines(linesOf(order));
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
      lines={lines}
      onLines={setLines}
      onDone={(done) => {
        setLines(undefined);
        setMessage(done);
      }}
    />
  );
}

function EditItemsForm({
  order,
  invoiced,
  lines,
  onLines,
  onDone,
}: {
  order: Order;
  invoiced: boolean;
  lines: ItemLine[];
  onLines: (lines: ItemLine[]) => void;
  onDone: (message: string | undefined) => void;
}) {
  const data = useData();
  const t = useT('manualOrders');
  const errorText = useManualOrderErrorText();
  const products = useLocalProducts();
  const store = useDeviceStoreFacts();
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const context = devicePricingContext(store, {
    products,
    productIds: lines.flatMap((line) => (line.itemId === null ? [line.productId] : [])),
    method: null,
    invoiced,
  });
  const preview = lines.length > 0 ? editPreviewOf(order, lines, context) : undefined;
  const rows: EditableLine[] = lines.map((line, index) => {
    const item =
      line.itemId === null ? undefined : order.items.find((candidate) => candidate.id === line.itemId);
    const product = products.find((candidate) => candidate.id === line.productId);
    const priced = preview?.ok ? preview.order.items[index] : undefined;
    return {
      key: line.key,
      name: item?.product.name ?? product?.name ?? '',
      sku: item?.product.sku ?? product?.sku ?? '',
      unitNet: priced?.product.unitPriceNet ?? item?.product.unitPriceNet ?? product?.priceNet,
      quantity: line.quantity,
      isNew: line.itemId === null,
      locked: line.productId === null,
    };
  });
  const change = (next: ItemLine[]): void => {
    onLines(next);
    setError(undefined);
  };
  const save = async (): Promise<void> => {
    if (unchanged(order, lines)) return setError(t('edit.nothingChanged'));
    setSaving(true);
    const result = await dispatchOrderCommand(data, {
      type: 'order.edit_items',
      orderId: order.id,
      payload: editPayloadOf(lines, context),
      summary: t('edit.summary', { number: order.number }),
    });
    setSaving(false);
    if (!result.ok) return setError(errorText(result.error, order.currency));
    onDone(t('edit.saved'));
  };
  return (
    <form
      className="card edit-items"
      aria-label={t('edit.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{t('edit.title')}</h3>
      <ProductSearch
        products={products}
        currency={order.currency}
        onAdd={(product) => change(withProduct(lines, product.id))}
      />
      <LineItemsTable
        lines={rows}
        currency={order.currency}
        errors={{}}
        onQuantity={(key, quantity) =>
          change(lines.map((line) => (line.key === key ? { ...line, quantity } : line)))
        }
        onRemove={(key) => change(lines.filter((line) => line.key !== key))}
      />
      {preview?.ok === true && <TotalsSummary order={preview.order} />}
      {preview?.ok === false && <p className="notice">{errorText(preview.error, order.currency)}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
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
