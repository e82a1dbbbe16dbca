import { Link } from '@tanstack/react-router';
import type { CustomerOrderStats } from '../../../../shared/schemas/customer-order-stats';
import type { Order } from '../../../../shared/schemas/order';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useCustomerStats } from './use-customer-stats';
import './customers.css';

/** Orders, spent, average, first/last order, cancelled, refunded — money as money, dates in the user's locale. */
export function CustomerStatsList({ stats }: { stats: CustomerOrderStats }) {
  const t = useT('customers');
  const fmt = useFormat();
  const money = (minor: number): string => fmt.money(minor, stats.currency);
  return (
    <dl className="customer-stats" data-testid="customer-stats">
      <dt>{t('stats.orders')}</dt>
      <dd data-testid="customer-stats-orders">{stats.orderCount}</dd>
      <dt>{t('stats.spent')}</dt>
      <dd data-testid="customer-stats-spent">{money(stats.totalSpentGross)}</dd>
      <dt>{t('stats.average')}</dt>
      <dd data-testid="customer-stats-average">{money(stats.averageOrderValueGross)}</dd>
      <dt>{t('stats.first')}</dt>
      <dd>{stats.firstOrderAt ? fmt.dateTime(stats.firstOrderAt) : '—'}</dd>
      <dt>{t('stats.last')}</dt>
      <dd>{stats.lastOrderAt ? fmt.dateTime(stats.lastOrderAt) : '—'}</dd>
      <dt>{t('stats.cancelled')}</dt>
      <dd data-testid="customer-stats-cancelled">{stats.cancelledCount}</dd>
      <dt>{t('stats.refunded')}</dt>
      <dd data-testid="customer-stats-refunded">{money(stats.refundedTotal)}</dd>
    </dl>
  );
}

/** The order's customer: their statistics as replicated from the server, and a link to their page. */
export function CustomerStatsSummary({ order }: { order: Pick<Order, 'customerId'> }) {
  const t = useT('customers');
  const stats = useCustomerStats(order.customerId);
  if (order.customerId === null) return <p className="muted">{t('stats.guest')}</p>;
  if (!stats) return <p className="muted">{t('stats.notSynced')}</p>;
  return (
    <>
      <CustomerStatsList stats={stats} />
      <Link to="/customers/$customerId" params={{ customerId: order.customerId }} data-testid="customer-link">
        {t('stats.open')}
      </Link>
    </>
  );
}
