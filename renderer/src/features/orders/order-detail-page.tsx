import { Fragment } from 'react';
import type { Address } from '../../../../shared/schemas/common';
import { formatMoney } from '../../../../shared/money';
import { useOrder } from '../../data/order-hooks';
import { OrderActions } from './order-actions';
import { OrderEditPanel } from './order-edit-panel';
import { FulfillmentPanel } from '../fulfillment/fulfillment-panel';
import { OrderInvoicesPanel } from '../invoices/order-invoices-panel';
import { PackButton } from '../pack/pack-button';
import { CustomerStatsSummary } from '../customers/customer-stats-card';
import { StatusBadge } from './status-badge';
import { formatDateTime, fulfillmentLabel, paymentLabel } from './order-labels';

function AddressBlock({ title, address }: { title: string; address: Address }) {
  return (
    <div>
      <h4>{title}</h4>
      <p>
        {address.name}
        <br />
        {address.company && (
          <>
            {address.company}
            <br />
          </>
        )}
        {address.line1}
        <br />
        {address.line2 && (
          <>
            {address.line2}
            <br />
          </>
        )}
        {address.postalCode} {address.city}
        <br />
        {address.country}
      </p>
    </div>
  );
}

/** One order: status and actions, items, addresses, totals, shipments and its timeline. */
export function OrderDetailPage({ id }: { id: string }) {
  const { order, entries, loading } = useOrder(id);
  if (loading) return <p className="pad muted">Loading…</p>;
  if (!order)
    return (
      <p className="pad">
        This order is not on this workstation. <a href="#/orders">Back to orders</a>
      </p>
    );
  const waiting = entries.filter((e) => e.status === 'pending' || e.status === 'applied');
  const rejected = entries.filter((e) => e.status === 'rejected');
  return (
    <section className="page detail">
      <a href="#/orders" className="muted">
        ← Orders
      </a>
      <div className="detail-head">
        <h2 data-testid="order-number">Order #{order.number}</h2>
        <span data-testid="order-status">
          <StatusBadge status={order.status} />
        </span>
        <span className="badge">{paymentLabel[order.paymentStatus]}</span>
        <span className="badge">{fulfillmentLabel[order.fulfillmentStatus]}</span>
        <span className="muted">
          {order.channel === 'marketplace' ? `Marketplace: ${order.marketplace ?? ''}` : 'Direct'}
        </span>
      </div>
      {waiting.length > 0 && (
        <p className="notice" data-testid="pending-notice">
          {waiting.length} change(s) waiting to sync
        </p>
      )}
      {rejected.map((e) => (
        <p key={e.id} className="error" role="alert">
          Rejected by the server: {e.summary} — {e.error?.message}
        </p>
      ))}
      {order.cancelReason && <p className="muted">Cancelled: {order.cancelReason}</p>}
      <OrderActions order={order} />
      <PackButton order={order} />
      <OrderEditPanel order={order} />
      <div className="grid">
        <div className="card">
          <h3>Items</h3>
          <table>
            <thead>
              <tr>
                <th>Product</th>
                <th>SKU / GTIN</th>
                <th className="num">Qty</th>
                <th className="num">Shipped</th>
                <th className="num">Unit net</th>
                <th className="num">Line net</th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.product.name}
                    {item.productId === null && <span className="badge status-on_hold"> unmatched</span>}
                  </td>
                  <td className="muted">
                    {item.product.sku ?? '—'} / {item.product.gtin ?? '—'}
                  </td>
                  <td className="num">{item.quantity}</td>
                  <td className="num">{item.quantityShipped}</td>
                  <td className="num">{formatMoney(item.product.unitPriceNet, order.currency)}</td>
                  <td className="num">{formatMoney(item.lineNet, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="totals">
            <dt>Shipping (net)</dt>
            <dd>{formatMoney(order.shippingCost, order.currency)}</dd>
            <dt>Net</dt>
            <dd>{formatMoney(order.totals.net, order.currency)}</dd>
            {order.totals.byRate.map((row) => (
              <Fragment key={row.rate}>
                <dt>VAT {row.rate}%</dt>
                <dd>{formatMoney(row.vat, order.currency)}</dd>
              </Fragment>
            ))}
            <dt className="strong">Total</dt>
            <dd className="strong" data-testid="order-total">
              {formatMoney(order.totals.gross, order.currency)}
            </dd>
          </dl>
          <p className="muted">VAT treatment: {order.vatTreatment.replace(/_/g, ' ')}</p>
        </div>
        <div className="card">
          <h3>Customer</h3>
          <p>
            {order.customer.name} · {order.customer.email} · {order.customer.type.toUpperCase()}
            {order.customer.vatNumber ? ` · VAT ${order.customer.vatNumber}` : ''}
          </p>
          <CustomerStatsSummary order={order} />
          <div className="row">
            <AddressBlock title="Shipping address" address={order.shippingAddress} />
            <AddressBlock title="Billing address" address={order.billingAddress} />
          </div>
          {order.tags.length > 0 && (
            <p data-testid="order-tags">
              Tags:{' '}
              {order.tags.map((t) => (
                <span key={t} className="badge">
                  {t}
                </span>
              ))}
            </p>
          )}
          {order.notes && (
            <p className="order-notes" data-testid="order-notes">
              Notes: {order.notes}
            </p>
          )}
        </div>
      </div>
      <FulfillmentPanel order={order} />
      <OrderInvoicesPanel order={order} />
      <div className="card">
        <h3>Timeline</h3>
        <ol className="timeline" data-testid="timeline">
          {[...order.events].reverse().map((event) => (
            <li key={event.id}>
              <span className="muted">{formatDateTime(event.at)}</span> {event.message}
              {event.userName && (
                <span className="muted">
                  {' '}
                  — {event.userName}
                  {event.deviceId
                    ? ` (${event.deviceId === 'rest-api' ? 'API' : `device ${event.deviceId.slice(-6)}`})`
                    : ''}
                </span>
              )}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
