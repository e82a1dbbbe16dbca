import type { AnyRoute } from '../define-route';
// Imported first: its command middleware must wrap the others so the stats see every change of a command.
import { customerStatsRoutes } from './customer-stats-routes';
import { adminOrderRoutes } from './admin-order-routes';
import { fulfillmentRoutes } from './fulfillment-routes';
import { shippingMethodRoutes } from './shipping-method-routes';
import { adminBulkExportRoutes } from './admin-bulk-export-routes';
import { adminAutomationRuleRoutes } from './admin-automation-rule-routes';
import { authRoutes } from './auth-routes';
import { adminUserRoutes } from './admin-user-routes';
import { marketplaceImportRoutes } from './marketplace-import-routes';
import { orderExceptionRoutes } from './order-exception-routes';
import { adminProductRoutes } from './admin-product-routes';
import { adminStoreRoutes } from './admin-store-routes';
import { adminDeviceRoutes } from './admin-device-routes';
import { invoiceRoutes } from './invoice-routes';
import { invoiceSettingsRoutes } from './invoice-settings-routes';
import { storeAuthRoutes } from './store-auth-routes';
import { storeRoutes } from './store-routes';
import { storeCustomerOrderRoutes } from './store-customer-order-routes';

/** Every REST route of /api/v1; feature modules append theirs here. */
export const allRoutes: AnyRoute[] = [
  ...authRoutes,
  ...adminUserRoutes,
  ...adminBulkExportRoutes,
  ...adminAutomationRuleRoutes,
  ...adminOrderRoutes,
  ...fulfillmentRoutes,
  ...shippingMethodRoutes,
  ...marketplaceImportRoutes,
  ...orderExceptionRoutes,
  ...adminProductRoutes,
  ...adminStoreRoutes,
  ...adminDeviceRoutes,
  ...invoiceRoutes,
  ...invoiceSettingsRoutes,
  ...storeAuthRoutes,
  ...storeRoutes,
  ...storeCustomerOrderRoutes,
  ...customerStatsRoutes,
];
