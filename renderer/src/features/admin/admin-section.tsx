import { useData } from '../../data/data-context';
import './admin.css';
import { adminTabs, type AdminTab } from '../../app/routes';
import { CatalogPage } from '../catalog/catalog-page';
import { DevicesPage } from '../devices/devices-page';
import { useStoreProfile } from '../store-setup/queries';
import { StoreSetupPage } from '../store-setup/store-setup-page';
import { UsersPage } from '../users/users-page';

const tabLabels: Record<AdminTab, string> = {
  store: 'Store',
  users: 'Users',
  devices: 'Devices',
  catalog: 'Catalog',
};

/** The admin area: store profile, users, devices, catalog (online screens over the admin REST API). */
export function AdminSection({ tab }: { tab: AdminTab }) {
  const { session } = useData();
  const store = useStoreProfile();
  if (!session.user.isAdmin) return <p className="pad">Only administrators can open this screen.</p>;
  return (
    <div className="admin-section">
      <nav className="tabs admin-tabs" aria-label="Administration">
        {adminTabs.map((name) => (
          <a
            key={name}
            href={`#/admin/${name}`}
            className={`tab${name === tab ? ' active' : ''}`}
            aria-current={name === tab ? 'page' : undefined}
          >
            {tabLabels[name]}
          </a>
        ))}
      </nav>
      {tab === 'store' && <StoreSetupPage />}
      {tab === 'users' && <UsersPage />}
      {tab === 'devices' && <DevicesPage />}
      {tab === 'catalog' && <CatalogPage currency={store.data?.currency ?? 'EUR'} />}
    </div>
  );
}
