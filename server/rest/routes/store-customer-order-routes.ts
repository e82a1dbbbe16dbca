import { z } from 'zod';
import { customerOrderSchema } from '../../../shared/schemas/storefront';
import { pageQuerySchema } from '../../../shared/schemas/order-filters';
import {
  customerInvoicePdf,
  getCustomerOrder,
  listCustomerOrders,
} from '../../services/customer-orders-query';
import { customerRoute } from '../define-route';

export const storeCustomerOrderRoutes = [
  customerRoute({
    method: 'GET',
    path: '/api/v1/store/customer-orders',
    summary: "The customer's own orders, newest first (cursor paging)",
    tag: 'store',
    query: pageQuerySchema,
    response: z.object({ items: z.array(customerOrderSchema), nextCursor: z.string().nullable() }),
    handler: ({ app, customerId, query }) => listCustomerOrders(app.db, customerId, query),
  }),
  customerRoute({
    method: 'GET',
    path: '/api/v1/store/customer-orders/:id',
    summary: "One of the customer's own orders (anyone else's is 404)",
    tag: 'store',
    params: z.object({ id: z.uuid() }),
    response: customerOrderSchema,
    handler: ({ app, customerId, params }) => getCustomerOrder(app.db, customerId, params.id),
  }),
  customerRoute({
    method: 'GET',
    path: '/api/v1/store/customer-orders/:id/invoices/:invoiceId.pdf',
    summary: 'PDF of an issued invoice or credit note of an own order',
    tag: 'store',
    params: z.object({ id: z.uuid(), invoiceId: z.uuid() }),
    handler: ({ app, customerId, params }) =>
      customerInvoicePdf(app.db, customerId, params.id, params.invoiceId),
  }),
];
