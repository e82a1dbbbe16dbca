import { useEffect, useState } from 'react';
import { adminTabs, type AdminTab } from '../features/admin/admin-section';

export type Route =
  | { page: 'dashboard' }
  | { page: 'orders'; query?: string }
  | { page: 'order'; id: string }
  | { page: 'new-order' }
  | { page: 'sync' }
  | { page: 'exceptions' }
  | { page: 'import' }
  | { page: 'invoices' }
  | { page: 'invoice-settings' }
  | { page: 'automation' }
  | { page: 'pack'; id: string }
  | { page: 'pack-queue' }
  | { page: 'printers' }
  | { page: 'shipping-methods' }
  | { page: 'customers' }
  | { page: 'customer'; id: string }
  | { page: 'admin'; tab: AdminTab }
  | { page: 'workstation' };

function adminRoute(hash: string): Route | undefined {
  const tab = adminTabs.find((name) => hash === `#/admin/${name}`);
  if (tab) return { page: 'admin', tab };
  return hash === '#/admin' ? { page: 'admin', tab: 'store' } : undefined;
}

function parse(hash: string): Route {
  if (hash === '#/orders/new') return { page: 'new-order' };
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/dashboard') return { page: 'dashboard' };
  if (hash.startsWith('#/orders?')) return { page: 'orders', query: hash.slice('#/orders?'.length) };
  const orderMatch = /^#\/orders\/([0-9a-f-]{36})$/.exec(hash);
  if (orderMatch?.[1]) return { page: 'order', id: orderMatch[1] };
  const packMatch = /^#\/pack\/([0-9a-f-]{36})$/.exec(hash);
  if (packMatch?.[1]) return { page: 'pack', id: packMatch[1] };
  if (hash === '#/pack') return { page: 'pack-queue' };
  if (hash === '#/settings/printers') return { page: 'printers' };
  if (hash === '#/settings/shipping-methods') return { page: 'shipping-methods' };
  if (hash === '#/customers') return { page: 'customers' };
  const customerMatch = /^#\/customers\/([0-9a-f-]{36})$/.exec(hash);
  if (customerMatch?.[1]) return { page: 'customer', id: customerMatch[1] };
  const admin = adminRoute(hash);
  if (admin) return admin;
  if (hash === '#/settings/workstation') return { page: 'workstation' };
  if (hash === '#/sync') return { page: 'sync' };
  if (hash === '#/exceptions') return { page: 'exceptions' };
  if (hash === '#/import') return { page: 'import' };
  if (hash === '#/invoices') return { page: 'invoices' };
  if (hash === '#/settings/invoices') return { page: 'invoice-settings' };
  if (hash === '#/settings/automation') return { page: 'automation' };
  return { page: 'orders' };
}

/** The current screen from the URL hash (works offline, with back/forward). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}
