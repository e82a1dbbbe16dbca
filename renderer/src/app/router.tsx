import { createHashHistory, createRouter, Navigate } from '@tanstack/react-router';
import { OrderDetailPage } from '../features/orders/order-detail-page';
import { OrderListPage } from '../features/orders/order-list-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { SyncProblemsPage } from '../features/sync/sync-problems-page';
import { ExceptionQueuePage } from '../features/exceptions/exception-queue-page';
import { ImportPage } from '../features/import/import-page';
import { InvoicesPage } from '../features/invoices/invoices-page';
import { InvoiceSettingsPage } from '../features/invoices/invoice-settings-page';
import { AutomationRulesPage } from '../features/automation/automation-rules-page';
import { PackPage } from '../features/pack/pack-page';
import { PackQueuePage } from '../features/pack/pack-queue-page';
import { PrintersPage } from '../features/printing/printers-page';
import { ShippingMethodsPage } from '../features/shipping-methods/shipping-methods-page';
import { CustomersPage } from '../features/customers/customers-page';
import { CustomerPage } from '../features/customers/customer-page';
import { AdminSection } from '../features/admin/admin-section';
import { WorkstationSettingsPage } from '../features/workstation/workstation-settings-page';
import { NewOrderPage } from '../features/manual-orders/new-order-page';
import * as routes from './routes';
import { Shell } from './shell';
import { parseSearch, stringifySearch } from './url-search';

function OrderScreen() {
  const { orderId } = routes.orderRoute.useParams();
  return <OrderDetailPage id={orderId} />;
}

function PackScreen() {
  const { orderId } = routes.packRoute.useParams();
  return <PackPage id={orderId} />;
}

function CustomerScreen() {
  const { customerId } = routes.customerRoute.useParams();
  return <CustomerPage id={customerId} />;
}

function AdminScreen() {
  const { tab } = routes.adminRoute.useParams();
  return <AdminSection tab={tab} />;
}

/** An unknown address shows the order list. */
function UnknownScreen() {
  return <Navigate to="/orders" replace />;
}

routes.rootRoute.update({ component: Shell, notFoundComponent: UnknownScreen });
routes.dashboardRoute.update({ component: DashboardPage });
routes.ordersRoute.update({ component: OrderListPage });
routes.orderRoute.update({ component: OrderScreen });
routes.newOrderRoute.update({ component: NewOrderPage });
routes.syncRoute.update({ component: SyncProblemsPage });
routes.exceptionsRoute.update({ component: ExceptionQueuePage });
routes.importRoute.update({ component: ImportPage });
routes.invoicesRoute.update({ component: InvoicesPage });
routes.invoiceSettingsRoute.update({ component: InvoiceSettingsPage });
routes.automationRoute.update({ component: AutomationRulesPage });
routes.packRoute.update({ component: PackScreen });
routes.packQueueRoute.update({ component: PackQueuePage });
routes.printersRoute.update({ component: PrintersPage });
routes.shippingMethodsRoute.update({ component: ShippingMethodsPage });
routes.customersRoute.update({ component: CustomersPage });
routes.customerRoute.update({ component: CustomerScreen });
routes.adminRoute.update({ component: AdminScreen });
routes.workstationRoute.update({ component: WorkstationSettingsPage });

/** The app's router: hash URLs (`#/orders?status=processing`), which work from `app://` files and offline. */
export const router = createRouter({
  routeTree: routes.routeTree,
  history: createHashHistory(),
  parseSearch,
  stringifySearch,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
