import { useData } from '../data/data-context';
import { OrderDetailPage } from '../features/orders/order-detail-page';
import { OrderListPage } from '../features/orders/order-list-page';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { SyncProblemsPage } from '../features/sync/sync-problems-page';
import { useHashRoute } from './use-hash-route';

/** Header (navigation, sync indicator, user) and the current page. */
export function Shell() {
  const { session, logout } = useData();
  const route = useHashRoute();
  return (
    <div className="shell">
      <header className="topbar">
        <strong className="brand">Order Desk</strong>
        <nav>
          <a href="#/orders" className={route.page !== 'sync' ? 'active' : ''}>Orders</a>
          <a href="#/sync" className={route.page === 'sync' ? 'active' : ''}>Sync</a>
        </nav>
        <SyncIndicator />
        <span className="user" data-testid="current-user">{session.user.name}</span>
        <button type="button" className="link" onClick={logout}>Sign out</button>
      </header>
      <main>
        {route.page === 'orders' && <OrderListPage />}
        {route.page === 'order' && <OrderDetailPage id={route.id} />}
        {route.page === 'sync' && <SyncProblemsPage />}
      </main>
    </div>
  );
}
