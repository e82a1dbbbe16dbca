import { useData } from '../data/data-context';
import { OrderDetailPage } from '../features/orders/order-detail-page';
import { OrderListPage } from '../features/orders/order-list-page';
import { filtersFromQuery } from '../features/orders/use-order-list';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { SyncProblemsPage } from '../features/sync/sync-problems-page';
import { ExceptionQueuePage } from '../features/exceptions/exception-queue-page';
import { ExceptionsNavLink } from '../features/exceptions/exceptions-nav-link';
import { ImportPage } from '../features/import/import-page';
import { InvoicesPage } from '../features/invoices/invoices-page';
import { InvoiceSettingsPage } from '../features/invoices/invoice-settings-page';
import { AutomationRulesPage } from '../features/automation/automation-rules-page';
import { PackPage } from '../features/pack/pack-page';
import { PackNavLink, PrintersNavLink } from '../features/pack/pack-nav-links';
import { PackQueuePage } from '../features/pack/pack-queue-page';
import { PrintersPage } from '../features/printing/printers-page';
import { ShippingMethodsPage } from '../features/shipping-methods/shipping-methods-page';
import { CustomersPage } from '../features/customers/customers-page';
import { CustomerPage } from '../features/customers/customer-page';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { AdminSection } from '../features/admin/admin-section';
import { StoreSetupBanner } from '../features/store-setup/store-setup-page';
import { WorkstationSettingsPage } from '../features/workstation/workstation-settings-page';
import { MenuButton } from './menu-button';
import { useHashRoute, type Route } from './use-hash-route';

/** Screens reached from the settings menu (the menu shows as active on them). */
const settingsPages = new Set<Route['page']>([
  'printers',
  'invoice-settings',
  'automation',
  'shipping-methods',
  'admin',
  'workstation',
  'sync',
]);
import { NewOrderPage } from '../features/manual-orders/new-order-page';

/** Header (navigation, sync indicator, user, language) and the current page. */
export function Shell() {
  const { session, logout } = useData();
  const route = useHashRoute();
  const t = useT('common');
  const tAdmin = useT('admin');
  const tDashboard = useT('dashboard');
  const tWorkstation = useT('workstation');
  return (
    <div className="shell">
      {/* The first Tab stop: past the top bar straight to the screen (a button: a "#main" link would be a route). */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        {t('nav.skipToContent')}
      </button>
      <header className="topbar">
        <strong className="brand">{t('appName')}</strong>
        <nav aria-label={t('nav.main')}>
          <a href="#/dashboard" className={route.page === 'dashboard' ? 'active' : ''}>
            {tDashboard('nav')}
          </a>
          <a
            href="#/orders"
            className={
              route.page === 'orders' || route.page === 'order' || route.page === 'new-order' ? 'active' : ''
            }
          >
            {t('nav.orders')}
          </a>
          <PackNavLink active={route.page === 'pack-queue' || route.page === 'pack'} />
          <ExceptionsNavLink active={route.page === 'exceptions' || route.page === 'import'} />
          <a href="#/invoices" className={route.page === 'invoices' ? 'active' : ''}>
            {t('nav.invoices')}
          </a>
          <a
            href="#/customers"
            className={route.page === 'customers' || route.page === 'customer' ? 'active' : ''}
          >
            {t('nav.customers')}
          </a>
          <MenuButton label={t('nav.settings')} active={settingsPages.has(route.page)} testId="settings-menu">
            <PrintersNavLink active={route.page === 'printers'} />
            {session.user.isAdmin && (
              <>
                <a href="#/settings/invoices" className={route.page === 'invoice-settings' ? 'active' : ''}>
                  {t('nav.invoiceSettings')}
                </a>
                <a href="#/settings/automation" className={route.page === 'automation' ? 'active' : ''}>
                  {t('nav.automation')}
                </a>
                <a
                  href="#/settings/shipping-methods"
                  className={route.page === 'shipping-methods' ? 'active' : ''}
                >
                  {t('nav.shipping')}
                </a>
                <a href="#/admin/store" className={route.page === 'admin' ? 'active' : ''}>
                  {tAdmin('nav')}
                </a>
              </>
            )}
            <a href="#/settings/workstation" className={route.page === 'workstation' ? 'active' : ''}>
              {tWorkstation('nav')}
            </a>
            <a href="#/sync" className={route.page === 'sync' ? 'active' : ''}>
              {t('nav.sync')}
            </a>
          </MenuButton>
        </nav>
        <div className="topbar-tools">
          <SyncIndicator />
          <MenuButton
            label={
              <span className="user" data-testid="current-user">
                {session.user.name}
              </span>
            }
            testId="user-menu"
            align="right"
          >
            <label className="menu-field">
              {t('user.language')}
              <LanguageSwitch userId={session.user.id} />
            </label>
            <button type="button" className="link" onClick={logout}>
              {t('user.signOut')}
            </button>
          </MenuButton>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {session.user.isAdmin && <StoreSetupBanner active={route.page === 'admin'} />}
        {route.page === 'dashboard' && <DashboardPage />}
        {route.page === 'orders' && (
          <OrderListPage key={route.query ?? ''} initialFilters={filtersFromQuery(route.query ?? '')} />
        )}
        {route.page === 'order' && <OrderDetailPage id={route.id} />}
        {route.page === 'new-order' && <NewOrderPage />}
        {route.page === 'sync' && <SyncProblemsPage />}
        {route.page === 'exceptions' && <ExceptionQueuePage />}
        {route.page === 'import' && <ImportPage />}
        {route.page === 'invoices' && <InvoicesPage />}
        {route.page === 'invoice-settings' && <InvoiceSettingsPage />}
        {route.page === 'automation' && <AutomationRulesPage />}
        {route.page === 'pack' && <PackPage id={route.id} />}
        {route.page === 'pack-queue' && <PackQueuePage />}
        {route.page === 'printers' && <PrintersPage />}
        {route.page === 'shipping-methods' && <ShippingMethodsPage />}
        {route.page === 'customers' && <CustomersPage />}
        {route.page === 'customer' && <CustomerPage id={route.id} />}
        {route.page === 'admin' && <AdminSection tab={route.tab} />}
        {route.page === 'workstation' && <WorkstationSettingsPage />}
      </main>
    </div>
  );
}
