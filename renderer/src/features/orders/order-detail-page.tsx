import { Link } from '@tanstack/react-router';
import { Fragment } from 'react';
import type { Address } from '../../../../shared/schemas/common';
import type { Order } from '../../../../shared/schemas/order';
import { useOrder } from '../../data/order-hooks';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { OrderActions } from './order-actions';
import { OrderEditPanel } from './order-edit-panel';
import { FulfillmentPanel } from '../fulfillment/fulfillment-panel';
import { OrderInvoicesPanel } from '../invoices/order-invoices-panel';
import { PackButton } from '../pack/pack-button';
import { CustomerStatsSummary } from '../customers/customer-stats-card';
import { StatusBadge } from './status-badge';
import { OrderTimeline } from './order-timeline';
import { DraftBadge, DraftPanel } from '../manual-orders/draft-panel';
import { EditItemsPanel } from '../manual-orders/edit-items-panel';

function AddressBlock({ title, address }: { title: string; address: Address }) {
  const fmt = useFormat();
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
        {fmt.country(address.country)}
      </p>
    </div>
  );
}

function ItemsCard({ order }: { order: Order }) {
  const t = useT('orders');
  const fmt = useFormat();
  const label = useEnumLabel();
  const money = (minor: number): string => fmt.money(minor, order.currency);
  return (
    <div className="card">
      <h3>{t('detail.items')}</h3>
      <table>
        <thead>
          <tr>
            <th>{t('detail.product')}</th>
            <th>{t('detail.skuGtin')}</th>
            <th className="num">{t('detail.quantity')}</th>
            <th className="num">{t('detail.shipped')}</th>
            <th className="num">{t('detail.unitNet')}</th>
            <th className="num">{t('detail.lineNet')}</th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr key={item.id}>
              <td>
                {item.product.name}
                {item.productId === null && (
                  <span className="badge status-on_hold"> {t('detail.unmatched')}</span>
                )}
              </td>
              <td className="muted">
                {item.product.sku ?? '—'} / {item.product.gtin ?? '—'}
              </td>
              <td className="num">{item.quantity}</td>
              <td className="num">{item.quantityShipped}</td>
              <td className="num">{money(item.product.unitPriceNet)}</td>
              <td className="num">{money(item.lineNet)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="totals">
        <dt>{t('detail.shippingNet')}</dt>
        <dd>{money(order.shippingCost)}</dd>
        <dt>{t('detail.net')}</dt>
        <dd>{money(order.totals.net)}</dd>
        {order.totals.byRate.map((row) => (
          <Fragment key={row.rate}>
            <dt>{t('detail.vatRate', { rate: fmt.number(row.rate) })}</dt>
            <dd>{money(row.vat)}</dd>
          </Fragment>
        ))}
        <dt className="strong">{t('detail.total')}</dt>
        <dd className="strong" data-testid="order-total">
          {money(order.totals.gross)}
        </dd>
      </dl>
      <p className="muted">
        {t('detail.vatTreatment', { treatment: label('vatTreatment', order.vatTreatment) })}
      </p>
    </div>
  );
}

function CustomerCard({ order }: { order: Order }) {
  const t = useT('orders');
  const label = useEnumLabel();
  return (
    <div className="card">
      <h3>{t('detail.customer')}</h3>
      <p>
        {order.customer.name} · {order.customer.email} · {label('customerType', order.customer.type)}
        {order.customer.vatNumber ? ` · ${t('detail.vatNumber', { number: order.customer.vatNumber })}` : ''}
      </p>
      <CustomerStatsSummary order={order} />
      <div className="row">
        <AddressBlock title={t('detail.shippingAddress')} address={order.shippingAddress} />
        <AddressBlock title={t('detail.billingAddress')} address={order.billingAddress} />
      </div>
      {order.tags.length > 0 && (
        <p data-testid="order-tags">
          {t('detail.tags')}{' '}
          {order.tags.map((tag) => (
            <span key={tag} className="badge">
              {tag}
            </span>
          ))}
        </p>
      )}
      {order.notes && (
        <p className="order-notes" data-testid="order-notes">
          {t('detail.notes', { notes: order.notes })}
        </p>
      )}
    </div>
  );
}

/** One order: status and actions, items, addresses, totals, shipments and its timeline. */
export function OrderDetailPage({ id }: { id: string }) {
  const { order, base, entries, loading } = useOrder(id);
  const t = useT('orders');
  const common = useT('common');
  const manual = useT('manualOrders');
  const label = useEnumLabel();
  const errorText = useErrorText();
  if (loading) return <p className="pad muted">{common('loading')}</p>;
  if (!order)
    return (
      <p className="pad">
        {t('detail.notHere')} <Link to="/orders">{t('detail.backToOrders')}</Link>
      </p>
    );
  const waiting = entries.filter((e) => e.status === 'pending' || e.status === 'applied');
  const rejected = entries.filter((e) => e.status === 'rejected');
  return (
    <section className="page detail">
      <Link to="/orders" className="muted">
        {t('detail.back')}
      </Link>
      <div className="detail-head">
        <h1 data-testid="order-number">{t('detail.title', { number: order.number })}</h1>
        <span data-testid="order-status">
          <StatusBadge status={order.status} />
        </span>
        <DraftBadge order={order} />
        <span className="badge">{label('paymentStatus', order.paymentStatus)}</span>
        <span className="badge">{label('fulfillmentStatus', order.fulfillmentStatus)}</span>
        <span className="muted">
          {order.channel === 'marketplace'
            ? t('detail.marketplace', { name: order.marketplace ?? '' })
            : t('detail.direct')}
        </span>
      </div>
      {waiting.length > 0 && (
        <p className="notice" data-testid="pending-notice">
          {t('detail.waiting', { count: waiting.length })}
        </p>
      )}
      {rejected.map((e) => (
        <p key={e.id} className="error" role="alert">
          {t('detail.rejected', {
            summary: e.summary,
            reason: e.error ? errorText(e.error, { currency: order.currency }) : '',
          })}
        </p>
      ))}
      {!base && order.draft !== true && (
        <p className="muted" data-testid="provisional-number">
          {manual('provisional')}
        </p>
      )}
      <DraftPanel order={order} />
      {order.cancelReason && <p className="muted">{t('detail.cancelled', { reason: order.cancelReason })}</p>}
      <OrderActions order={order} />
      <PackButton order={order} />
      <OrderEditPanel order={order} />
      <EditItemsPanel order={order} />
      <div className="grid">
        <ItemsCard order={order} />
        <CustomerCard order={order} />
      </div>
      <FulfillmentPanel order={order} />
      <OrderInvoicesPanel order={order} />
      <OrderTimeline order={order} />
    </section>
  );
}
