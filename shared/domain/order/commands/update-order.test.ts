import { describe, expect, it } from 'vitest';
import type { Order } from '../../../schemas/order';
import { makeItem, makeOrder } from '../../invoicing/invoice-test-fixtures';
import { runOrderCommand } from '../run-order-command';
import { makeCommandContext } from './command-test-context';
import { domainFailure } from './domain-failure';

const address = {
  name: 'Léa Dubois',
  line1: '1 quai Saint-Antoine',
  postalCode: '69002',
  city: 'Lyon',
  country: 'FR',
};
const methodId = '0190a000-0000-7002-8000-000000000001';

function update(order: Order, payload: Record<string, unknown>): Order {
  return runOrderCommand({ order, type: 'order.update', payload, ctx: makeCommandContext() }).order;
}

describe('order.update', () => {
  it('changes notes, tags, addresses and shipping method of an unshipped order', () => {
    const order = update(makeOrder(), {
      notes: 'Gift wrap',
      tags: ['vip', 'vip', 'gift'],
      shippingAddress: address,
      billingAddress: address,
      shippingMethodId: methodId,
    });
    expect(order).toMatchObject({
      notes: 'Gift wrap',
      tags: ['vip', 'gift'],
      shippingAddress: address,
      billingAddress: address,
      shippingMethodId: methodId,
    });
    expect(order.events.at(-1)?.data).toEqual({
      fields: ['notes', 'tags', 'shippingAddress', 'billingAddress', 'shippingMethodId'],
    });
  });

  it('freezes addresses and shipping method once something shipped, not notes', () => {
    const shipped = makeOrder({
      status: 'partially_shipped',
      items: [{ ...makeItem(1, 'Lamp', 1000, 2, 20), quantityShipped: 1 }],
    });
    const error = domainFailure(() => update(shipped, { shippingAddress: address }));
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ fields: ['shippingAddress'] });
    expect(update(shipped, { notes: 'Called the customer' }).notes).toBe('Called the customer');
  });

  it('refuses an empty or malformed patch', () => {
    expect(domainFailure(() => update(makeOrder(), {})).code).toBe('BAD_INPUT');
    expect(domainFailure(() => update(makeOrder(), { shippingAddress: { name: 'x' } })).code).toBe(
      'BAD_INPUT',
    );
  });
});
