import { describe, expect, it } from 'vitest';
import type { OrderEvent, OrderRefund } from '../../schemas/order';
import { refundsAwaitingCreditNote } from './refunds-awaiting-credit-note';

const refund = (id: string): OrderRefund => ({
  id,
  amount: 500,
  items: [],
  restock: false,
  reason: 'Goodwill',
  providerReference: null,
  createdAt: '2026-03-01T10:00:00.000Z',
});

const credited = (refundId: string): OrderEvent => ({
  id: '00000000-0000-4000-8000-000000000009',
  at: '2026-03-02T10:00:00.000Z',
  userId: null,
  userName: null,
  deviceId: 'SRV',
  commandId: null,
  type: 'credit_note_issued',
  message: 'Credit note issued',
  data: { refundId },
});

describe('refundsAwaitingCreditNote', () => {
  const a = '00000000-0000-4000-8000-00000000000a';
  const b = '00000000-0000-4000-8000-00000000000b';

  it('lists every refund when none has a credit note yet', () => {
    expect(refundsAwaitingCreditNote({ refunds: [refund(a), refund(b)], events: [] })).toEqual([
      refund(a),
      refund(b),
    ]);
  });

  it('skips refunds a credit note already covers', () => {
    expect(refundsAwaitingCreditNote({ refunds: [refund(a), refund(b)], events: [credited(a)] })).toEqual([
      refund(b),
    ]);
  });

  it('is empty for an order without refunds', () => {
    expect(refundsAwaitingCreditNote({ events: [] })).toEqual([]);
  });
});
