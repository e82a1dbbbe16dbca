import { z } from 'zod';
import type { ShippingMethod } from '../../../shared/schemas/shipping-method';
import {
  checkoutInputSchema,
  checkoutResultSchema,
  shippingCountryQuerySchema,
  shippingOfferSchema,
} from '../../../shared/schemas/storefront';
import { DomainError } from '../../../shared/errors';
import { summarizePriceRule } from '../../../shared/domain/shipping/shipping-price';
import { checkout, checkoutKeyOf } from '../../services/checkout';
import { confirmStorePayment } from '../../services/store-payments-service';
import { storefrontStore } from '../../services/storefront-store';
import { docText, liveDocs } from '../../db/doc-queries';
import { run } from '../../db/kysely';
import { publicRoute } from '../define-route';
import { authenticateCustomer } from '../register-routes';
import { webhookRoute } from './store-webhook-route';

export const storeRoutes = [
  publicRoute({
    method: 'GET',
    path: '/api/v1/store/shipping-methods',
    summary: 'Active shipping methods serving a country, with their price rules explained',
    tag: 'store',
    query: shippingCountryQuerySchema,
    response: z.object({ items: z.array(shippingOfferSchema) }),
    handler: async ({ app, query }) => {
      const store = await storefrontStore(app.db);
      const rows = await run(
        app.db,
        liveDocs('shipping_methods', store.id).select('data').orderBy(docText('name')),
      );
      const methods = rows.map((row) =>
        typeof row.data === 'string'
          ? (JSON.parse(row.data) as ShippingMethod)
          : (row.data as ShippingMethod),
      );
      const items = methods
        .filter((method) => method.active && method.countries.includes(query.country))
        .map((method) => ({
          id: method.id,
          name: method.name,
          carrier: method.carrier,
          currency: store.currency,
          priceRule: method.priceRule,
          ...summarizePriceRule(method.priceRule),
        }))
        .map(({ kind: _kind, ...offer }) => offer);
      return { items };
    },
  }),
  publicRoute({
    method: 'POST',
    path: '/api/v1/store/checkout',
    summary:
      'Checkout as a guest or with a customer token; Idempotency-Key honoured; 402 when the payment is declined',
    tag: 'store',
    body: checkoutInputSchema,
    response: checkoutResultSchema,
    successStatus: 201,
    idempotent: 'resumable', // the provider is called outside any transaction (checkout key dedupes retries)
    handler: async ({ app, body, request }) => {
      const header = request.headers.authorization;
      const customerId = header === undefined ? null : await authenticateCustomer(app, header);
      const key = request.headers['idempotency-key'];
      if (typeof key === 'string' && key.length > 200)
        throw new DomainError('BAD_INPUT', 'Idempotency-Key is too long');
      const checkoutKey = checkoutKeyOf(
        customerId ?? 'guest',
        typeof key === 'string' && key.length > 0 ? key : undefined,
        body,
      );
      return checkout(app, body, { customerId, checkoutKey, log: request.log });
    },
  }),
  publicRoute({
    method: 'POST',
    path: '/api/v1/store/payments/:id/confirm',
    summary: 'Complete the customer action of a payment (the payment id is the capability)',
    tag: 'store',
    params: z.object({ id: z.uuid() }),
    response: checkoutResultSchema,
    handler: ({ app, params }) => confirmStorePayment(app, params.id),
  }),
  webhookRoute,
];
