/** The app's screens and their hash URLs: one table, read by the shell and by the accessibility check. */

export const adminTabs = ['store', 'users', 'devices', 'catalog'] as const;
export type AdminTab = (typeof adminTabs)[number];

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

/** Every page of `Route` (the compiler refuses a page missing here). */
const pageTable = {
  dashboard: true,
  orders: true,
  order: true,
  'new-order': true,
  sync: true,
  exceptions: true,
  import: true,
  invoices: true,
  'invoice-settings': true,
  automation: true,
  pack: true,
  'pack-queue': true,
  printers: true,
  'shipping-methods': true,
  customers: true,
  customer: true,
  admin: true,
  workstation: true,
} as const satisfies Record<Route['page'], true>;

/** A screen's key: its page, or `admin/<tab>` for each admin tab (each is a screen of its own). */
export function screenKey(route: Route): string {
  return route.page === 'admin' ? `admin/${route.tab}` : route.page;
}

/** Every screen key a user can reach through a hash URL. */
export const screenKeys: readonly string[] = [
  ...Object.keys(pageTable).filter((page) => page !== 'admin'),
  ...adminTabs.map((tab) => `admin/${tab}`),
];

const fixedPages: Record<string, Route> = {
  '': { page: 'dashboard' },
  '#': { page: 'dashboard' },
  '#/': { page: 'dashboard' },
  '#/dashboard': { page: 'dashboard' },
  '#/orders/new': { page: 'new-order' },
  '#/pack': { page: 'pack-queue' },
  '#/settings/printers': { page: 'printers' },
  '#/settings/shipping-methods': { page: 'shipping-methods' },
  '#/customers': { page: 'customers' },
  '#/admin': { page: 'admin', tab: 'store' },
  '#/settings/workstation': { page: 'workstation' },
  '#/sync': { page: 'sync' },
  '#/exceptions': { page: 'exceptions' },
  '#/import': { page: 'import' },
  '#/invoices': { page: 'invoices' },
  '#/settings/invoices': { page: 'invoice-settings' },
  '#/settings/automation': { page: 'automation' },
};

/** The screen a URL hash shows; anything unknown is the order list. */
export function parseHashRoute(hash: string): Route {
  if (hash.startsWith('#/orders?')) return { page: 'orders', query: hash.slice('#/orders?'.length) };
  const orderMatch = /^#\/orders\/([0-9a-f-]{36})$/.exec(hash);
  if (orderMatch?.[1]) return { page: 'order', id: orderMatch[1] };
  const packMatch = /^#\/pack\/([0-9a-f-]{36})$/.exec(hash);
  if (packMatch?.[1]) return { page: 'pack', id: packMatch[1] };
  const customerMatch = /^#\/customers\/([0-9a-f-]{36})$/.exec(hash);
  if (customerMatch?.[1]) return { page: 'customer', id: customerMatch[1] };
  const tab = adminTabs.find((name) => hash === `#/admin/${name}`);
  if (tab) return { page: 'admin', tab };
  return fixedPages[hash] ?? { page: 'orders' };
}
