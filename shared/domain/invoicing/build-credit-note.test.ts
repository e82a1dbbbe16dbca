import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../../errors';
import { invoiceSchema } from '../../schemas/invoice';
import type { Invoice } from '../../schemas/invoice';
import { buildCreditNote, creditNoteRefundSchema } from './build-credit-note';
import type { BuildCreditNoteInput } from './build-credit-note';
import { buildInvoice } from './build-invoice';
import { allocateInvoiceNumber } from './invoice-series';
import {
  fixtureIds,
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from './invoice-test-fixtures';

const seriesKey = { storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 };

function issue(order = makeOrder()): Invoice {
  return buildInvoice({
    order,
    settings: makeSettings(),
    store: makeStore(),
    allocation: allocateInvoiceNumber({ kind: 'invoice', ...seriesKey }, 41),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
  });
}

function credit(original: Invoice, refund: unknown, previous: Invoice[] = []): Invoice {
  const input: BuildCreditNoteInput = {
    original,
    previousCreditNotes: previous,
    refund: creditNoteRefundSchema.parse(refund),
    allocation: allocateInvoiceNumber({ kind: 'credit_note', ...seriesKey }, previous.length),
    id: fixtureIds.creditNote,
    issueDate: '2026-03-20',
    deviceId: 'WS01',
    now: '2026-03-20T10:00:00.000Z',
  };
  return buildCreditNote(input);
}

function reasonOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details?.['reason'];
    throw error;
  }
  return undefined;
}

const lampId = makeOrder().items[0]?.id ?? '';
const bookId = makeOrder().items[1]?.id ?? '';

describe('buildCreditNote', () => {
  it('credits one item with negative amounts and references the original invoice', () => {
    const original = issue();
    const note = credit(original, {
      items: [{ orderItemId: lampId, quantity: 1 }],
      reason: 'Damaged in transit',
    });
    expect(invoiceSchema.parse(note)).toEqual(note);
    expect(note).toMatchObject({
      kind: 'credit_note',
      correctsInvoiceId: original.id,
      correctsInvoiceNumber: 'INV-PARIS-WS01-2026-000042',
      number: 'CN-PARIS-WS01-2026-000001',
      issueDate: '2026-03-20',
      reason: 'Damaged in transit',
    });
    expect(note.lines.map((l) => [l.quantity, l.unitPriceNet, l.lineNet])).toEqual([[-1, 4990, -4990]]);
    expect(note.totals).toEqual({ net: -4990, vat: -998, gross: -5988 });
    expect(note.legalMentions).toEqual([
      'Credit note correcting invoice INV-PARIS-WS01-2026-000042 of 2026-03-05',
    ]);
  });

  it('crediting everything in steps cancels the invoice to the cent', () => {
    const original = issue();
    const first = credit(original, { items: [{ orderItemId: lampId, quantity: 1 }], reason: 'r' });
    const second = credit(
      original,
      {
        items: [
          { orderItemId: lampId, quantity: 1 },
          { orderItemId: bookId, quantity: 1 },
        ],
        includeShipping: true,
        reason: 'r',
      },
      [first],
    );
    expect(first.totals.net + second.totals.net).toBe(-original.totals.net);
    expect(first.totals.gross + second.totals.gross).toBeGreaterThanOrEqual(-original.totals.gross - 1);
    expect(
      reasonOf(() =>
        credit(original, { items: [{ orderItemId: lampId, quantity: 1 }], reason: 'r' }, [first, second]),
      ),
    ).toBe('quantity_exceeds_invoiced');
    expect(reasonOf(() => credit(original, { includeShipping: true, reason: 'r' }, [first, second]))).toBe(
      'shipping_already_credited',
    );
  });

  it('a full credit is the exact negation of the invoice', () => {
    const original = issue();
    const note = credit(original, {
      items: [
        { orderItemId: lampId, quantity: 2 },
        { orderItemId: bookId, quantity: 1 },
      ],
      includeShipping: true,
      reason: 'Order returned',
    });
    expect(note.totals).toEqual({
      net: -original.totals.net,
      vat: -original.totals.vat,
      gross: -original.totals.gross,
    });
    expect(note.vatBreakdown).toEqual(
      original.vatBreakdown.map((row) => ({ rate: row.rate, net: -row.net, vat: -row.vat })),
    );
  });

  it('credits a gross amount spread over the rates, matching the refunded amount exactly', () => {
    const note = credit(issue(), { amount: 1000, reason: 'Goodwill' });
    expect(note.totals.gross).toBe(-1000);
    expect(note.lines.every((l) => l.kind === 'adjustment' && l.quantity === -1 && l.lineNet < 0)).toBe(true);
    expect(note.vatBreakdown.map((row) => row.rate)).toEqual([20, 5.5]);
  });

  it('any amount up to the invoice total is credited to within a cent per rate', () => {
    const original = issue();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: original.totals.gross }), (amount) => {
        const note = credit(original, { amount, reason: 'r' });
        expect(Math.abs(note.totals.gross + amount)).toBeLessThanOrEqual(note.vatBreakdown.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the reverse-charge mentions of the original', () => {
    const note = credit(issue(makeReverseChargeOrder()), { amount: 5000, reason: 'Discount' });
    expect(note.legalMentions).toContain('Reverse charge');
    expect(note.legalMentions).toContain('Customer VAT number: DE136695976');
    expect(note.totals).toEqual({ net: -5000, vat: 0, gross: -5000 });
  });

  it('refuses to credit more than was invoiced, unknown items, and credit notes', () => {
    const original = issue();
    expect(reasonOf(() => credit(original, { amount: original.totals.gross + 1, reason: 'r' }))).toBe(
      'exceeds_invoice',
    );
    expect(
      reasonOf(() => credit(original, { items: [{ orderItemId: lampId, quantity: 3 }], reason: 'r' })),
    ).toBe('quantity_exceeds_invoiced');
    expect(
      reasonOf(() =>
        credit(original, { items: [{ orderItemId: fixtureIds.order, quantity: 1 }], reason: 'r' }),
      ),
    ).toBe('unknown_item');
    const note = credit(original, { amount: 100, reason: 'r' });
    expect(reasonOf(() => credit(note, { amount: 1, reason: 'r' }))).toBe('not_an_invoice');
    const previous = credit(original, { amount: original.totals.gross - 10, reason: 'r' });
    expect(reasonOf(() => credit(original, { amount: 11, reason: 'r' }, [previous]))).toBe('exceeds_invoice');
  });

  it('needs something to credit and a reason', () => {
    expect(creditNoteRefundSchema.safeParse({ reason: 'r' }).success).toBe(false);
    expect(creditNoteRefundSchema.safeParse({ amount: 10, reason: ' ' }).success).toBe(false);
  });
});
