import { Link } from '@tanstack/react-router';
import { useData } from '../../data/data-context';
import { useT } from '../../i18n/use-t';
import './admin.css';
import { adminTabs, type AdminTab } from '../../app/routes';
import { CatalogPage } from '../catalog/catalog-page';
import { DevicesPage } from '../devices/devices-page';
import { useStoreProfile } from '../store-setup/queries';
import { StoreSetupPage } from '../store-setup/store-setup-page';
import { UsersPage } from '../users/users-page';

/** The admin area: store profile, users, devices, catalog (online screens over the admin REST API). */
export function AdminSection({ tab }: { tab: AdminTab }) {
  const { session } = useData();
  const store = useStoreProfile();
  const t = useT('admin');
  if (!session.user.isAdmin) return <p className="pad">{t('onlyAdmins')}</p>;
  return (
    <div className="admin-section">
      <nav className="tabs admin-tabs" aria-label={t('tabsLabel')}>
        {adminTabs.map((name) => (
          <Link
            key={name}
            to="/admin/$tab"
            params={{ tab: name }}
            className={`tab${name === tab ? ' active' : ''}`}
            aria-current={name === tab ? 'page' : undefined}
          >
            {t(`tab.${name}`)}
          </Link>
        ))}
      </nav>
      {tab === 'store' && <StoreSetupPage />}
      {tab === 'users' && <UsersPage />}
      {tab === 'devices' && <DevicesPage />}
      {tab === 'catalog' && <CatalogPage currency={store.data?.currency ?? 'EUR'} />}
    </div>
  );
}
