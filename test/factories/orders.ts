import { z } from 'zod';
import type { StaffUser } from '../../shared/schemas/user';
import { orderSchema, type Order, type OrderStatus } from '../../shared/schemas/order';
import { productSchema, type Product } from '../../shared/schemas/product';
import type { Command, CommandOutcome } from '../../shared/schemas/command';
import { newId } from '../../shared/ids';
import type { AppClient, TestServer } from './test-server';

const orderPageSchema = z.object({ items: z.array(orderSchema), nextCursor: z.string().nullable() });
export type OrderPage = z.infer<typeof orderPageSchema>;

/** GET /api/v1/admin/orders with query parameters; fails the test on an error status. */
export async function listOrders(
  server: TestServer,
  token: string,
  query: Record<string, string | number> = {},
): Promise<OrderPage> {
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const response = await server.api('GET', `/api/v1/admin/orders?${search.toString()}`, { token });
  if (response.status !== 200)
    throw new Error(`list orders: ${response.status} ${JSON.stringify(response.body)}`);
  return orderPageSchema.parse(response.body);
}

/** Every order matching the filters, following cursors. */
export async function listAllOrders(
  server: TestServer,
  token: string,
  query: Record<string, string | number> = {},
): Promise<Order[]> {
  const orders: Order[] = [];
  let cursor: string | null = null;
  do {
    const page: OrderPage = await listOrders(server, token, {
      ...query,
      limit: 500,
      ...(cursor ? { cursor } : {}),
    });
    orders.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return orders;
}

/** GET /api/v1/admin/orders/:id as an order; fails the test on an error status. */
export async function fetchOrder(server: TestServer, token: string, id: string): Promise<Order> {
  const response = await server.api('GET', `/api/v1/admin/orders/${id}`, { token });
  if (response.status !== 200)
    throw new Error(`get order ${id}: ${response.status} ${JSON.stringify(response.body)}`);
  return orderSchema.parse(response.body);
}

const claimed = new WeakMap<TestServer, Set<string>>();

/**
 * An order in one of `statuses` that no other test of this server has claimed, so tests that change
 * orders never step on each other.
 */
export async function claimOrder(
  server: TestServer,
  statuses: OrderStatus | readonly OrderStatus[],
  predicate: (order: Order) => boolean = () => true,
): Promise<Order> {
  const { token } = await server.login('admin');
  const taken = claimed.get(server) ?? new Set<string>();
  claimed.set(server, taken);
  for (const status of typeof statuses === 'string' ? [statuses] : statuses) {
    const found = (await listAllOrders(server, token, { status })).find(
      (order) => !taken.has(order.id) && predicate(order),
    );
    if (found) {
      taken.add(found.id);
      return found;
    }
  }
  throw new Error(`No unclaimed order in status ${String(statuses)}`);
}

/** A well-formed command as a device would send it. */
export function buildCommand(
  user: Pick<StaffUser, 'id'>,
  type: string,
  targetId: string,
  payload: unknown,
  overrides: Partial<Command> = {},
): Command {
  return {
    id: newId(),
    type,
    targetId,
    expectedVersion: null,
    payload,
    userId: user.id,
    deviceId: 'test-device-01',
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Pushes commands through sync.push and returns their outcomes. */
export async function push(client: AppClient, commands: Command[]): Promise<CommandOutcome[]> {
  return (await client.sync.push.mutate({ commands })).outcomes;
}

/** Every product as replicated to devices (sync.pull of `products`), by id. */
export async function pullProducts(client: AppClient): Promise<Map<string, Product>> {
  const products = new Map<string, Product>();
  let checkpoint: { seq: number } | null = null;
  for (;;) {
    const page: Awaited<ReturnType<AppClient['sync']['pull']['query']>> = await client.sync.pull.query({
      collection: 'products',
      checkpoint,
      limit: 500,
    });
    if (page.documents.length === 0) return products;
    for (const document of page.documents) products.set(document.id, productSchema.parse(document));
    checkpoint = page.checkpoint;
  }
}

/** Quantity still open (not shipped, not cancelled) per product of an order. */
export function openQuantities(order: Order): Map<string, number> {
  const open = new Map<string, number>();
  for (const item of order.items) {
    const quantity = item.quantity - item.quantityShipped - item.quantityCancelled;
    if (item.productId && quantity > 0) open.set(item.productId, (open.get(item.productId) ?? 0) + quantity);
  }
  return open;
}

/** Events of an order recorded for one command id. */
export function eventsOfCommand(order: Order, commandId: string): Order['events'] {
  return order.events.filter((event) => event.commandId === commandId);
}
