import {
  invoiceSettingsResponseSchema,
  storeInvoiceSettingsSchema,
} from '../../../shared/schemas/invoice-settings';
import { distanceSalesStatus } from '../../services/invoicing/distance-sales-status';
import {
  getInvoiceSettings,
  invoiceSettingsInputSchema,
  updateInvoiceSettings,
} from '../../services/invoicing/invoice-settings-store';
import { staffRoute, type AnyRoute } from '../define-route';

export const invoiceSettingsRoutes: AnyRoute[] = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/invoice-settings',
    summary:
      "The store's invoice settings (seller block, numbering prefix, payment terms, OSS, automatic trigger) " +
      "and this calendar year's EU distance sales against the OSS threshold (`distanceSales`)",
    tag: 'configuration',
    permission: 'admin',
    response: invoiceSettingsResponseSchema,
    handler: async ({ app, user }) => ({
      ...(await getInvoiceSettings(app.db, user.storeId)),
      distanceSales: await distanceSalesStatus(app.db, user.storeId, app.now()),
    }),
  }),
  staffRoute({
    method: 'PUT',
    path: '/api/v1/admin/invoice-settings',
    summary: "Replace the store's invoice settings (applies to invoices issued from now on)",
    tag: 'configuration',
    permission: 'admin',
    body: invoiceSettingsInputSchema,
    response: storeInvoiceSettingsSchema,
    handler: ({ app, user, body }) => updateInvoiceSettings(app, user, body),
  }),
];
