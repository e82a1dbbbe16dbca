import { Link } from '@tanstack/react-router';
import type { Order } from '../../../../shared/schemas/order';
import { useData } from '../../data/data-context';
import { useT } from '../../i18n/use-t';
import { packBlocker } from './can-pack';

/** "Pack" link to the scan-to-pack screen, shown only for orders this user can ship now. */
export function PackButton({ order }: { order: Order }) {
  const { session } = useData();
  const t = useT('pack');
  if (packBlocker(order, session.user) !== null) return null;
  return (
    <div className="actions">
      <Link
        className="button primary"
        to="/pack/$orderId"
        params={{ orderId: order.id }}
        data-testid="pack-button"
      >
        {t('page.packButton')}
      </Link>
      <span className="muted">{t('page.packHint')}</span>
    </div>
  );
}
