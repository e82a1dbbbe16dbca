import { describe, expect, it } from 'vitest';
import type { Order } from '../../schemas/order';
import { buildInvoice } from './build-invoice';
import { allocateInvoiceNumber } from './invoice-series';
import {
  fixtureIds,
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from './invoice-test-fixtures';

function issue(order: Order, settings = makeSettings()) {
  return buildInvoice({
    order,
    settings,
    store: makeStore(),
    allocation: allocateInvoiceNumber(
      { kind: 'invoice', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
      0,
    ),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
  });
}

const shippedLateEvening = (order: Order): Order => ({
  ...order,
  shipments: [
    {
      id: '0190a000-0000-7000-8000-0000000000f1',
      shippingMethodId: null,
      carrier: 'DHL',
      trackingNumber: '1',
      trackingUrl: null,
      items: [],
      status: 'shipped',
      createdAt: '2026-03-02T20:00:00.000Z',
      shippedAt: '2026-03-02T23:30:00.000Z',
      deliveredAt: null,
    },
  ],
});

describe('buildInvoice: date of supply, payment state and language', () => {
  it('takes the date of supply from the last shipment in the store time zone (Art. 226 (7))', () => {
    expect(issue(shippedLateEvening(makeOrder())).supplyDate).toBe('2026-03-03'); // 00:30 in Paris
    expect(issue(shippedLateEvening(makeOrder()), makeSettings({ timeZone: 'UTC' })).supplyDate).toBe(
      '2026-03-02',
    );
    expect(issue(makeOrder()).supplyDate).toBe('2026-03-05'); // not shipped yet: the issue date
  });

  it('records what was paid before invoicing: a paid order is paid in full, an unpaid one owes everything', () => {
    const paid = issue(makeOrder({ paymentStatus: 'paid' }));
    expect(paid.paidAmount).toBe(paid.totals.gross);
    expect(issue(makeOrder({ paymentStatus: 'unpaid' })).paidAmount).toBe(0);
    expect(issue(makeOrder({ paymentStatus: 'authorized' })).paidAmount).toBe(0);
  });

  it('writes the legal mentions and the shipping line in the invoice language', () => {
    const german = issue(makeReverseChargeOrder(), makeSettings({ language: 'de' }));
    expect(german.legalMentions).toContain('Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)');
    expect(german.legalMentions).toContain('USt-IdNr. des Leistungsempfängers: DE136695976');
    expect(german.lines.at(-1)?.description).toBe('Versand');
    const english = issue(makeReverseChargeOrder());
    expect(english.legalMentions).toContain('Reverse charge');
    expect(english.lines.at(-1)?.description).toBe('Shipping');
  });
});
