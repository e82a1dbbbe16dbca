import { describe, expect, it } from 'vitest';
import { makeItem } from '../invoicing/invoice-test-fixtures';
import { deriveFulfillmentStatus, remainingToShip, trackingUrlFor } from './fulfillment';

describe('trackingUrlFor', () => {
  it('fills every {tracking} placeholder with the encoded number', () => {
    expect(
      trackingUrlFor({ trackingUrlTemplate: 'https://t.example/{tracking}?q={tracking}' }, ' AB 12/3 '),
    ).toBe('https://t.example/AB%2012%2F3?q=AB%2012%2F3');
  });
  it('is null without a method or template', () => {
    expect(trackingUrlFor(null, 'X')).toBeNull();
    expect(trackingUrlFor({ trackingUrlTemplate: '  ' }, 'X')).toBeNull();
  });
});

describe('fulfillment status', () => {
  const item = makeItem(1, 'Lamp', 1000, 3, 20);
  it('derives unfulfilled, partial and fulfilled', () => {
    expect(deriveFulfillmentStatus([item])).toBe('unfulfilled');
    expect(deriveFulfillmentStatus([{ ...item, quantityShipped: 1 }])).toBe('partially_fulfilled');
    expect(deriveFulfillmentStatus([{ ...item, quantityShipped: 2, quantityCancelled: 1 }])).toBe(
      'fulfilled',
    );
    expect(remainingToShip({ ...item, quantityShipped: 1, quantityCancelled: 1 })).toBe(1);
  });
});
