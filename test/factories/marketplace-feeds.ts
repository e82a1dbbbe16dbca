import { z } from 'zod';
import { gs1CheckDigit } from '../../shared/domain/exceptions/gtin';
import type { FeedOrderInput } from '../../shared/schemas/marketplace-feed';
import { importFeedResponseSchema, type ImportFeedResponse } from '../../shared/schemas/marketplace-import';
import { orderItemExceptionSchema, type OrderItemException } from '../../shared/schemas/order-exception';
import type { TestServer } from './test-server';

let serial = 0;

/** A fresh valid GTIN-13 outside the demo catalog (restricted-circulation prefix 29). */
export function freshGtin13(): string {
  serial += 1;
  const body = `29${String(Date.now() % 1_000_000).padStart(6, '0')}${String(serial).padStart(4, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/** A unique external order id for feeds. */
export function freshExternalId(prefix = 'EXT'): string {
  serial += 1;
  return `${prefix}-${Date.now()}-${serial}`;
}

const address = {
  name: 'Anna Buyer',
  line1: 'Main St 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
};

/** A valid feed order with the given items. */
export function feedOrder(
  items: FeedOrderInput['items'],
  overrides: Partial<FeedOrderInput> = {},
): FeedOrderInput {
  return {
    externalId: freshExternalId(),
    customer: { email: 'anna@example.com', name: 'Anna Buyer' },
    billingAddress: address,
    shippingAddress: address,
    shippingCost: 490,
    items,
    ...overrides,
  };
}

/** POST /api/v1/admin/orders/import; fails the test unless it answers 200. */
export async function importFeed(
  server: TestServer,
  token: string,
  marketplace: string,
  orders: unknown[],
): Promise<ImportFeedResponse> {
  const response = await server.api('POST', '/api/v1/admin/orders/import', {
    token,
    json: { marketplace, orders },
  });
  if (response.status !== 200) throw new Error(`import: ${response.status} ${JSON.stringify(response.body)}`);
  return importFeedResponseSchema.parse(response.body);
}

const pageSchema = z.object({
  items: z.array(orderItemExceptionSchema),
  nextCursor: z.string().nullable(),
  counts: z.object({ open: z.number(), resolved: z.number(), ignored: z.number() }),
});
export type ExceptionPage = z.infer<typeof pageSchema>;

/** GET /api/v1/admin/order-exceptions with a query; fails the test on an error status. */
export async function listExceptions(
  server: TestServer,
  token: string,
  query: Record<string, string | number> = {},
): Promise<ExceptionPage> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]));
  const response = await server.api('GET', `/api/v1/admin/order-exceptions?${search.toString()}`, { token });
  if (response.status !== 200)
    throw new Error(`list exceptions: ${response.status} ${JSON.stringify(response.body)}`);
  return pageSchema.parse(response.body);
}

/** GET one exception; fails the test on an error status. */
export async function fetchException(
  server: TestServer,
  token: string,
  id: string,
): Promise<OrderItemException> {
  const response = await server.api('GET', `/api/v1/admin/order-exceptions/${id}`, { token });
  if (response.status !== 200)
    throw new Error(`get exception: ${response.status} ${JSON.stringify(response.body)}`);
  return orderItemExceptionSchema.parse(response.body);
}
