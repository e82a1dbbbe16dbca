import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useData } from '../data/data-context';
import { SyncIndicator } from '../features/sync/sync-indicator';
import { ExceptionsNavLink } from '../features/exceptions/exceptions-nav-link';
import { PackNavLink, PrintersNavLink } from '../features/pack/pack-nav-links';
import { LanguageSwitch } from '../i18n/language-switch';
import { useT } from '../i18n/use-t';
import { StoreSetupBanner } from '../features/store-setup/store-setup-page';
import { MenuButton } from './menu-button';
import type { ScreenRouteId } from './routes';

/** Screens reached from the settings menu (the menu shows as active on them). */
const settingsPages = new Set<string>([
  '/settings/printers',
  '/settings/invoices',
  '/settings/automation',
  '/settings/shipping-methods',
  '/admin/$tab',
  '/settings/workstation',
  '/sync',
] satisfies ScreenRouteId[]);

/** Header (navigation, sync indicator, user, language) and the current page. */
export function Shell() {
  const { session, logout } = useData();
  const screen = useRouterState({ select: (state) => state.matches.at(-1)?.routeId ?? '' });
  const on = (...ids: ScreenRouteId[]): boolean => (ids as string[]).includes(screen);
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
          <Link to="/dashboard" className={on('/dashboard') ? 'active' : ''}>
            {tDashboard('nav')}
          </Link>
          <Link to="/orders" className={on('/orders', '/orders/$orderId', '/orders/new') ? 'active' : ''}>
            {t('nav.orders')}
          </Link>
          <PackNavLink active={on('/pack', '/pack/$orderId')} />
          <ExceptionsNavLink active={on('/exceptions', '/import')} />
          <Link to="/invoices" className={on('/invoices') ? 'active' : ''}>
            {t('nav.invoices')}
          </Link>
          <Link to="/customers" className={on('/customers', '/customers/$customerId') ? 'active' : ''}>
            {t('nav.customers')}
          </Link>
          <MenuButton label={t('nav.settings')} active={settingsPages.has(screen)} testId="settings-menu">
            <PrintersNavLink active={on('/settings/printers')} />
            {session.user.isAdmin && (
              <>
                <Link to="/settings/invoices" className={on('/settings/invoices') ? 'active' : ''}>
                  {t('nav.invoiceSettings')}
                </Link>
                <Link to="/settings/automation" className={on('/settings/automation') ? 'active' : ''}>
                  {t('nav.automation')}
                </Link>
                <Link
                  to="/settings/shipping-methods"
                  className={on('/settings/shipping-methods') ? 'active' : ''}
                >
                  {t('nav.shipping')}
                </Link>
                <Link
                  to="/admin/$tab"
                  params={{ tab: 'store' }}
                  className={on('/admin/$tab') ? 'active' : ''}
                >
                  {tAdmin('nav')}
                </Link>
              </>
            )}
            <Link to="/settings/workstation" className={on('/settings/workstation') ? 'active' : ''}>
              {tWorkstation('nav')}
            </Link>
            <Link to="/sync" className={on('/sync') ? 'active' : ''}>
              {t('nav.sync')}
            </Link>
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
        {session.user.isAdmin && <StoreSetupBanner active={on('/admin/$tab')} />}
        <Outlet />
      </main>
    </div>
  );
}
