import type { Order } from '../../../../shared/schemas/order';
import { formatMoney } from '../../../../shared/money';
import { formatDateTime } from '../orders/order-labels';
import { useCustomerStats } from './use-customer-stats';
import './customers.css';

/** The order's customer: how many orders, spent, average, first/last order, cancelled, refunded. */
export function CustomerStatsSummary({ order }: { order: Pick<Order, 'customerId'> }) {
  const stats = useCustomerStats(order.customerId);
  if (order.customerId === null) return <p className="muted">Guest order: no customer history.</p>;
  if (!stats) return <p className="muted">Customer history not synced yet.</p>;
  const money = (minor: number): string => formatMoney(minor, stats.currency);
  return (
    <dl className="customer-stats" data-testid="customer-stats">
      <dt>Orders</dt>
      <dd data-testid="customer-stats-orders">{stats.orderCount}</dd>
      <dt>Total spent</dt>
      <dd data-testid="customer-stats-spent">{money(stats.totalSpentGross)}</dd>
      <dt>Average order</dt>
      <dd>{money(stats.averageOrderValueGross)}</dd>
      <dt>First order</dt>
      <dd>{stats.firstOrderAt ? formatDateTime(stats.firstOrderAt) : '—'}</dd>
      <dt>Last order</dt>
      <dd>{stats.lastOrderAt ? formatDateTime(stats.lastOrderAt) : '—'}</dd>
      <dt>Cancelled</dt>
      <dd data-testid="customer-stats-cancelled">{stats.cancelledCount}</dd>
      <dt>Refunded</dt>
      <dd data-testid="customer-stats-refunded">{money(stats.refundedTotal)}</dd>
    </dl>
  );
}
