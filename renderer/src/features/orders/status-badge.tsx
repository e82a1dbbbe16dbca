import type { OrderStatus } from '../../../../shared/schemas/order';
import { statusLabel } from './order-labels';

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge status-${status}`}>{statusLabel[status]}</span>;
}
