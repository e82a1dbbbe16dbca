import { useOrder } from '../../data/order-hooks';
import { useData } from '../../data/data-context';
import { packBlocker } from './can-pack';
import { PackScreen } from './pack-screen';
import './pack.css';

/** Route `#/pack/<orderId>`: the scan-to-pack screen, or why this order cannot be packed. */
export function PackPage({ id }: { id: string }) {
  const { session } = useData();
  const { order, loading } = useOrder(id);
  if (loading) return <p className="pad muted">Loading…</p>;
  if (!order)
    return (
      <p className="pad">
        This order is not on this workstation. <a href="#/orders">Back to orders</a>
      </p>
    );
  const blocker = packBlocker(order, session.user);
  if (blocker !== null) {
    return (
      <section className="page">
        <a href={`#/orders/${order.id}`} className="muted">
          ← Order #{order.number}
        </a>
        <h1>Pack order #{order.number}</h1>
        <p className="notice" role="alert">
          {blocker}
        </p>
      </section>
    );
  }
  return <PackScreen key={order.id} order={order} />;
}
