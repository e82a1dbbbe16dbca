import type { OrderStatus } from '../../../../shared/schemas/order';
import { useEnumLabel } from '../../i18n/enum-label';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const label = useEnumLabel();
  return <span className={`badge status-${status}`}>{label('orderStatus', status)}</span>;
}
