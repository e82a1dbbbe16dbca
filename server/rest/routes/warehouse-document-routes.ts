import { z } from 'zod';
import { pickListRequestSchema } from '../../../shared/schemas/pick-list-request';
import { packingSlipPdf, pickListPdf } from '../../services/warehouse-documents';
import { staffRoute, type AnyRoute } from '../define-route';

/** Packing slips and pick lists as PDF (the same renderers the app prints offline). */
export const warehouseDocumentRoutes: AnyRoute[] = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/orders/:id/packing-slip.pdf',
    summary: 'Packing slip PDF: order number and barcode, ship-to, notes, items and quantities; no prices',
    tag: 'fulfillment',
    permission: 'orders.view',
    params: z.object({ id: z.uuid() }),
    produces: 'application/pdf',
    handler: ({ app, user, params }) => packingSlipPdf(app, user.storeId, params.id),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/pick-lists',
    summary:
      'Pick list PDF for `{orderIds}` or `{filter}` (the order list filters): one line per SKU with summed quantity and location, in walk order',
    tag: 'fulfillment',
    permission: 'orders.view',
    body: pickListRequestSchema,
    produces: 'application/pdf',
    handler: ({ app, user, body }) => pickListPdf(app, user.storeId, body),
  }),
];
