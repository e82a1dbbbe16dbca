import { Link } from '@tanstack/react-router';
import './manual-orders.css';
import { hasPermission } from '../../../../shared/domain/order/permissions';
import { useData } from '../../data/data-context';
import { useT } from '../../i18n/use-t';

/** "New order" on the order list, for users who may edit orders. */
export function NewOrderLink() {
  const { session } = useData();
  const t = useT('manualOrders');
  if (!hasPermission(session.user, 'orders.edit')) return null;
  return (
    <Link to="/orders/new" className="button primary" data-testid="new-order">
      {t('newOrder')}
    </Link>
  );
}
