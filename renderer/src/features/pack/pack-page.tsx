import { Link } from '@tanstack/react-router';
import { useOrder } from '../../data/order-hooks';
import { useData } from '../../data/data-context';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import { packBlocker } from './can-pack';
import { PackScreen } from './pack-screen';
import './pack.css';

/** Route `#/pack/<orderId>`: the scan-to-pack screen, or why this order cannot be packed. */
export function PackPage({ id }: { id: string }) {
  const { session } = useData();
  const { order, loading } = useOrder(id);
  const t = useT('pack');
  const label = useEnumLabel();
  if (loading) return <p className="pad muted">{t('page.loading')}</p>;
  if (!order)
    return (
      <p className="pad">
        {t('page.notHere')} <Link to="/orders">{t('page.backToOrders')}</Link>
      </p>
    );
  const blocker = packBlocker(order, session.user);
  if (blocker !== null) {
    return (
      <section className="page">
        <Link to="/orders/$orderId" params={{ orderId: order.id }} className="muted">
          ← {t('screen.orderLink', { number: order.number })}
        </Link>
        <h1>{t('screen.title', { number: order.number })}</h1>
        <p className="notice" role="alert">
          {t(`page.blocker.${blocker}`, { status: label('orderStatus', order.status) })}
        </p>
      </section>
    );
  }
  return <PackScreen key={order.id} order={order} />;
}
