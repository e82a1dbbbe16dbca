/**
 * The app's screens and their hash URLs: one TanStack Router route tree, read by the shell (which
 * attaches the screens' components in `router.tsx`) and by the accessibility check (which needs the
 * paths without loading any screen).
 */
import { createRootRoute, createRoute, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { exceptionStatusSchema } from '../../../shared/schemas/order-exception';
import { orderListSearchSchema } from '../features/orders/order-list-search';

export const adminTabs = ['store', 'users', 'devices', 'catalog'] as const;
export type AdminTab = (typeof adminTabs)[number];

const isAdminTab = (tab: string): tab is AdminTab => (adminTabs as readonly string[]).includes(tab);
const text = z.string().max(200).optional().catch(undefined);

/** Search text of the invoice and customer lists. */
export const textSearchSchema = z.object({ q: text });
/** Filters of the exception queue. */
export const exceptionSearchSchema = z.object({
  status: exceptionStatusSchema.optional().catch(undefined),
  gtin: text,
  marketplace: text,
});

export const rootRoute = createRootRoute();

const child = <const TPath extends string>(path: TPath) =>
  createRoute({ getParentRoute: () => rootRoute, path });

/** `#/` opens the dashboard. */
const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect is thrown by design
    throw redirect({ to: '/dashboard', replace: true });
  },
});
/** `#/admin` opens its first tab. */
const adminIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirect is thrown by design
    throw redirect({ to: '/admin/$tab', params: { tab: 'store' }, replace: true });
  },
});

export const dashboardRoute = child('/dashboard');
export const ordersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/orders',
  validateSearch: orderListSearchSchema,
});
export const orderRoute = child('/orders/$orderId');
export const newOrderRoute = child('/orders/new');
export const syncRoute = child('/sync');
export const exceptionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/exceptions',
  validateSearch: exceptionSearchSchema,
});
export const importRoute = child('/import');
export const invoicesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invoices',
  validateSearch: textSearchSchema,
});
export const invoiceSettingsRoute = child('/settings/invoices');
export const automationRoute = child('/settings/automation');
export const packRoute = child('/pack/$orderId');
export const packQueueRoute = child('/pack');
export const printersRoute = child('/settings/printers');
export const shippingMethodsRoute = child('/settings/shipping-methods');
export const customersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/customers',
  validateSearch: textSearchSchema,
});
export const customerRoute = child('/customers/$customerId');
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin/$tab',
  params: {
    parse: ({ tab }) => ({ tab: isAdminTab(tab) ? tab : ('store' satisfies AdminTab) }),
    stringify: ({ tab }) => ({ tab }),
  },
});
export const workstationRoute = child('/settings/workstation');

/** Every screen a user can reach through a hash URL (the index and `#/admin` only redirect). */
export const screenRoutes = [
  dashboardRoute,
  ordersRoute,
  orderRoute,
  newOrderRoute,
  syncRoute,
  exceptionsRoute,
  importRoute,
  invoicesRoute,
  invoiceSettingsRoute,
  automationRoute,
  packRoute,
  packQueueRoute,
  printersRoute,
  shippingMethodsRoute,
  customersRoute,
  customerRoute,
  adminRoute,
  workstationRoute,
] as const;

export const routeTree = rootRoute.addChildren([indexRoute, adminIndexRoute, ...screenRoutes]);

export type ScreenRouteId = (typeof screenRoutes)[number]['id'];

const pathOf = (route: (typeof screenRoutes)[number]): string =>
  'path' in route.options ? (route.options.path ?? '') : '';

/**
 * A screen's key: its route id (the path, as every screen is a child of the root), or `admin/<tab>`
 * for each admin tab (each is a screen of its own).
 */
export function screenKey(routeId: string, params: Record<string, string>): string {
  return routeId === pathOf(adminRoute) ? `admin/${params.tab ?? adminTabs[0]}` : routeId;
}

/** Every screen key of the route tree (read from the declared paths: ids exist once a router is made). */
export const screenKeys: readonly string[] = screenRoutes.flatMap((route) =>
  route === adminRoute ? adminTabs.map((tab) => screenKey(pathOf(route), { tab })) : [pathOf(route)],
);
