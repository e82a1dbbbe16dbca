import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { orderStatuses, type Order, type OrderStatus } from '../../../../shared/schemas/order';
import { formatMoney } from '../../../../shared/money';
import { useOrders, useOutbox } from '../../data/order-hooks';
import { navigate } from '../../app/use-hash-route';
import { StatusBadge } from './status-badge';
import { formatDateTime, fulfillmentLabel, paymentLabel, statusLabel } from './order-labels';

function matches(order: Order, query: string, status: OrderStatus | ''): boolean {
  if (status && order.status !== status) return false;
  if (!query) return true;
  const q = query.toLowerCase();
  return (
    order.number.toLowerCase().includes(q) ||
    order.customer.name.toLowerCase().includes(q) ||
    order.customer.email.toLowerCase().includes(q)
  );
}

/** All local orders in a virtualised table: search, status filter, open with a click or Enter. */
export function OrderListPage() {
  const { orders, loading } = useOrders();
  const outbox = useOutbox();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const visible = useMemo(() => orders.filter((order) => matches(order, query.trim(), status)), [orders, query, status]);
  const pendingTargets = useMemo(() => new Set(outbox.filter((e) => e.status === 'pending').map((e) => e.targetId)), [outbox]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: visible.length, getScrollElement: () => scrollRef.current, estimateSize: () => 40, overscan: 12 });

  return (
    <section className="page">
      <div className="toolbar">
        <h2>Orders</h2>
        <input type="search" placeholder="Search number, customer, e-mail" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="Search orders" />
        <select value={status} onChange={(e) => setStatus(e.target.value as OrderStatus | '')} aria-label="Filter by status">
          <option value="">All statuses</option>
          {orderStatuses.map((s) => (
            <option key={s} value={s}>{statusLabel[s]}</option>
          ))}
        </select>
        <span className="muted" data-testid="order-count">{loading ? 'Loading…' : `${visible.length} of ${orders.length} orders`}</span>
      </div>
      <div className="table-head order-row">
        <span>Order</span><span>Date</span><span>Customer</span><span>Status</span><span>Payment</span><span>Fulfillment</span><span className="num">Total</span>
      </div>
      <div ref={scrollRef} className="table-scroll" role="table" aria-label="Orders">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const order = visible[row.index];
            if (!order) return null;
            return (
              <div
                key={order.id}
                role="row"
                tabIndex={0}
                data-testid={`order-row-${order.number}`}
                className="order-row table-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: row.size, transform: `translateY(${row.start}px)` }}
                onClick={() => navigate(`#/orders/${order.id}`)}
                onKeyDown={(e) => e.key === 'Enter' && navigate(`#/orders/${order.id}`)}
              >
                <span className="strong">#{order.number}{pendingTargets.has(order.id) && <span className="pending-dot" title="Change waiting to sync"> ●</span>}</span>
                <span>{formatDateTime(order.createdAt)}</span>
                <span className="ellipsis">{order.customer.name}</span>
                <span><StatusBadge status={order.status} /></span>
                <span>{paymentLabel[order.paymentStatus]}</span>
                <span>{fulfillmentLabel[order.fulfillmentStatus]}</span>
                <span className="num">{formatMoney(order.totals.gross, order.currency)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
