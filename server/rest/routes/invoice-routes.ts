import { z } from 'zod';
import { DomainError } from '../../../shared/errors';
import { invoiceSchema } from '../../../shared/schemas/invoice';
import { buildCiiXml } from '../../../shared/einvoice/build-cii-xml';
import { renderEInvoicePdf } from '../../../shared/einvoice/render-e-invoice-pdf';
import { withWriteTransaction } from '../../db/write-scope';
import { registerAggregateHandler, registerCommandMiddleware } from '../../services/apply-command';
import { getOrder } from '../../services/orders-query';
import { invoicingMiddleware, issueServerInvoice } from '../../services/invoicing/auto-invoice';
import { applyInvoiceCommand } from '../../services/invoicing/invoice-command-handler';
import { getInvoice, listOrderInvoices } from '../../services/invoicing/invoice-queries';
import { listInvoiceSeries } from '../../services/invoicing/invoice-series-store';
import { getInvoiceSettings } from '../../services/invoicing/invoice-settings-store';
import { staffRoute, type AnyRoute } from '../define-route';

registerAggregateHandler('invoice', applyInvoiceCommand);
registerCommandMiddleware(invoicingMiddleware);

const idParams = z.object({ id: z.uuid() });
const invoiceList = z.object({ items: z.array(invoiceSchema) });
const seriesList = z.object({
  items: z.array(
    z.object({
      series: z.string(),
      kind: z.string(),
      lastSequence: z.number(),
      gaps: z.array(z.object({ from: z.number(), to: z.number() })),
      updatedAt: z.string(),
    }),
  ),
});

function immutableRoute(method: 'PUT' | 'PATCH' | 'DELETE', path: string): AnyRoute {
  return staffRoute({
    method,
    path,
    summary: 'Refused: issued invoices never change (409); correct one with a credit note',
    tag: 'invoices',
    permission: 'orders.view',
    params: idParams,
    handler: ({ params }) => {
      throw new DomainError('CONFLICT', 'Invoices are immutable; issue a credit note to correct one', {
        details: { reason: 'invoice_immutable', invoiceId: params.id, method },
      });
    },
  });
}

export const invoiceRoutes: AnyRoute[] = [
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/:id/invoices',
    summary: 'Issue the order invoice from the server series (409 if one exists, 422 with open exceptions)',
    tag: 'invoices',
    permission: 'orders.edit',
    params: idParams,
    response: invoiceSchema,
    successStatus: 201,
    idempotent: true,
    handler: async ({ app, user, params }) => {
      await getOrder(app.db, user.storeId, params.id);
      const { invoice } = await withWriteTransaction(app.db, app.feed, user.storeId, (scope) =>
        issueServerInvoice(scope, user, params.id, app.now().toISOString()),
      );
      return invoice;
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/orders/:id/invoices',
    summary: 'Invoices and credit notes of an order',
    tag: 'invoices',
    permission: 'orders.view',
    params: idParams,
    response: invoiceList,
    handler: async ({ app, user, params }) => {
      await getOrder(app.db, user.storeId, params.id);
      return { items: await listOrderInvoices(app.db, user.storeId, params.id) };
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/invoices/:id.pdf',
    summary:
      'The invoice or credit note as PDF/A-3 Factur-X (ZUGFeRD, EN 16931): its snapshot rendered, factur-x.xml embedded',
    tag: 'invoices',
    permission: 'orders.view',
    params: idParams,
    produces: 'application/pdf',
    handler: async ({ app, user, params }) => {
      const [invoice, settings] = await Promise.all([
        getInvoice(app.db, user.storeId, params.id),
        getInvoiceSettings(app.db, user.storeId),
      ]);
      return {
        kind: 'file',
        contentType: 'application/pdf',
        fileName: `${invoice.number}.pdf`,
        body: await renderEInvoicePdf(invoice, { logo: settings.logo }),
      };
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/invoices/:id.xml',
    summary:
      'The EN 16931 CII XML of the invoice or credit note (XRechnung 3.0 CII when the buyer has a buyer reference, BT-10)',
    tag: 'invoices',
    permission: 'orders.view',
    params: idParams,
    produces: 'application/xml',
    handler: async ({ app, user, params }) => {
      const invoice = await getInvoice(app.db, user.storeId, params.id);
      return {
        kind: 'file',
        contentType: 'application/xml; charset=utf-8',
        fileName: `${invoice.number}.xml`,
        body: buildCiiXml(invoice),
      };
    },
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/invoices/:id',
    summary: 'One invoice or credit note (the immutable snapshot)',
    tag: 'invoices',
    permission: 'orders.view',
    params: idParams,
    response: invoiceSchema,
    handler: ({ app, user, params }) => getInvoice(app.db, user.storeId, params.id),
  }),
  immutableRoute('PUT', '/api/v1/admin/invoices/:id'),
  immutableRoute('PATCH', '/api/v1/admin/invoices/:id'),
  immutableRoute('DELETE', '/api/v1/admin/invoices/:id'),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/invoice-series',
    summary: 'Invoice and credit-note series with their last sequence and any gaps (admin)',
    tag: 'invoices',
    permission: 'admin',
    response: seriesList,
    handler: async ({ app, user }) => ({ items: await listInvoiceSeries(app.db, user.storeId) }),
  }),
];
