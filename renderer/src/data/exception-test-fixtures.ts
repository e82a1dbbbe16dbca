import { newId } from '../../../shared/ids';
import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import type { StaffUser } from '../../../shared/schemas/user';
import { buildImportedOrder } from '../../../shared/domain/exceptions/import-marketplace-order';
import { makeFeedOrder, makeProduct, now, storeId } from '../../../shared/domain/exceptions/test-fixtures';
import type { OutboxEntry } from './local-schemas';

/** Fixtures for the exception-overlay tests (not imported by production code). */
export const actor: StaffUser = {
  id: '0190a000-0000-7000-8000-00000000000a',
  storeId,
  email: 'm@example.com',
  name: 'Max',
  permissions: ['orders.view', 'orders.edit'],
  isAdmin: false,
};

export const mug = makeProduct();
export const tea = makeProduct({
  gtin: '00036000291452',
  sku: 'TEA-EG',
  name: 'Earl Grey',
  vatCategory: 'reduced',
});

/** A marketplace order whose tea item is unmatched (one open exception). */
export function imported(number: string): { order: Order; exception: OrderItemException } {
  const result = buildImportedOrder(makeFeedOrder({ externalId: `AMZ-${number}` }), {
    storeId,
    marketplace: 'amazon',
    number,
    now,
    newId,
    currency: 'EUR',
    catalogByGtin: (gtin14) => (gtin14 === mug.gtin ? mug : undefined),
    mappings: () => undefined,
    productById: () => undefined,
  });
  const [exception] = result.exceptions;
  if (!exception) throw new Error('fixture has one unmatched item');
  return { order: result.order, exception };
}

export const first = imported('1001');
export const second = imported('1002');
let seq = 0;

export function entry(
  type: string,
  targetId: string,
  payload: Record<string, unknown>,
  overrides: Partial<OutboxEntry> = {},
): OutboxEntry {
  seq += 1;
  return {
    id: `0190a000-0000-7000-8005-${seq.toString(16).padStart(12, '0')}`,
    type,
    targetId,
    expectedVersion: 1,
    payload,
    userId: actor.id,
    deviceId: 'dev-1',
    createdAt: `2026-11-26T10:00:00.${seq.toString().padStart(3, '0')}Z`,
    status: 'pending',
    appliedVersion: null,
    error: null,
    summary: type,
    ...overrides,
  };
}

export const resolve = (exception: OrderItemException, productId = tea.id): OutboxEntry =>
  entry('exception.resolve', exception.id, { productId, remember: false });
