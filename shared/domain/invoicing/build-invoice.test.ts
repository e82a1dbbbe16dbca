import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors';
import { invoiceSchema } from '../../schemas/invoice';
import { storeInvoiceSettingsSchema } from '../../schemas/invoice-settings';
import { orderSchema } from '../../schemas/order';
import { buildInvoice } from './build-invoice';
import type { BuildInvoiceInput } from './build-invoice';
import { allocateInvoiceNumber } from './invoice-series';
import {
  fixtureIds,
  makeItem,
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from './invoice-test-fixtures';

function input(overrides: Partial<BuildInvoiceInput> = {}): BuildInvoiceInput {
  return {
    order: makeOrder(),
    settings: makeSettings(),
    store: makeStore(),
    allocation: allocateInvoiceNumber(
      { kind: 'invoice', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
      41,
    ),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
    ...overrides,
  };
}

function businessRuleOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('buildInvoice', () => {
  it('fixtures are valid', () => {
    expect(orderSchema.safeParse(makeOrder()).success).toBe(true);
    expect(storeInvoiceSettingsSchema.safeParse(makeSettings()).success).toBe(true);
  });

  it('snapshots a domestic order: lines, per-rate breakdown, totals, number and dates', () => {
    const invoice = buildInvoice(input());
    expect(invoiceSchema.parse(invoice)).toEqual(invoice);
    expect(invoice).toMatchObject({
      kind: 'invoice',
      number: 'INV-PARIS-WS01-2026-000042',
      series: 'INV-PARIS-WS01-2026',
      sequence: 42,
      issueDate: '2026-03-05',
      supplyDate: '2026-03-05',
      dueDate: '2026-04-04',
      vatTreatment: 'domestic',
      vatCountry: 'FR',
      legalMentions: [],
    });
    expect(invoice.lines.map((l) => [l.kind, l.quantity, l.unitPriceNet, l.vatRate, l.lineNet])).toEqual([
      ['item', 2, 4990, 20, 9980],
      ['item', 1, 2500, 5.5, 2500],
      ['shipping', 1, 690, 20, 690],
    ]);
    // 20 %: 10670 → 2134; 5.5 %: 2500 → 137.5 → 138 (half away from zero, once per rate).
    expect(invoice.vatBreakdown).toEqual([
      { rate: 20, net: 10670, vat: 2134 },
      { rate: 5.5, net: 2500, vat: 138 },
    ]);
    expect(invoice.totals).toEqual({ net: 13170, vat: 2272, gross: 15442 });
    expect(invoice.seller).toMatchObject({ legalName: 'Atelier Lumière SAS', vatNumber: 'FR40303265045' });
    expect(invoice.buyer).toMatchObject({ name: 'Camille Martin', vatNumber: null, type: 'b2c' });
  });

  it('adds the reverse-charge mentions and both VAT numbers for an intra-EU B2B order', () => {
    const invoice = buildInvoice(input({ order: makeReverseChargeOrder() }));
    expect(invoice.vatTreatment).toBe('intra_eu_reverse_charge');
    expect(invoice.vatCountry).toBeNull();
    expect(invoice.buyer.vatNumber).toBe('DE136695976');
    expect(invoice.legalMentions).toEqual([
      'Reverse charge',
      'Exempt intra-Community supply – Art. 138 Directive 2006/112/EC',
      'Supplier VAT number: FR40303265045',
      'Customer VAT number: DE136695976',
    ]);
    expect(invoice.totals.vat).toBe(0);
  });

  it('adds the export mention outside the EU', () => {
    const address = {
      name: 'Anna Meier',
      line1: 'Bahnhofstrasse 1',
      postalCode: '8001',
      city: 'Zürich',
      country: 'CH',
    };
    const order = makeOrder({
      vatTreatment: 'export',
      billingAddress: address,
      shippingAddress: address,
      items: [makeItem(1, 'Lamp', 4990, 1, 0)],
    });
    const invoice = buildInvoice(input({ order }));
    expect(invoice.legalMentions).toEqual(['Export – exempt, Art. 146 Directive 2006/112/EC']);
    expect(invoice.vatCountry).toBeNull();
  });

  it('records the OSS destination country', () => {
    const address = { name: 'Lena Vogel', line1: 'Ring 2', postalCode: '1010', city: 'Wien', country: 'AT' };
    const order = makeOrder({
      vatTreatment: 'oss_destination',
      billingAddress: address,
      shippingAddress: address,
    });
    expect(buildInvoice(input({ order })).vatCountry).toBe('AT');
  });

  it('takes the supply date from the last shipment and mentions it when it differs', () => {
    const shipment = {
      id: '0190a000-0000-7000-8000-0000000000aa',
      shippingMethodId: null,
      carrier: 'La Poste',
      trackingNumber: '6A123',
      trackingUrl: null,
      items: [],
      status: 'shipped' as const,
      createdAt: '2026-03-01T08:00:00.000Z',
      shippedAt: '2026-03-02T15:00:00.000Z',
      deliveredAt: null,
    };
    const invoice = buildInvoice(input({ order: makeOrder({ shipments: [shipment] }) }));
    expect(invoice.supplyDate).toBe('2026-03-02');
    expect(invoice.legalMentions).toContain('Date of supply: 2026-03-02');
    expect(buildInvoice(input({ supplyDate: '2026-03-05' })).legalMentions).toEqual([]);
  });

  it('invoices only what was not cancelled, proportionally', () => {
    const item = { ...makeItem(1, 'Lamp', 999, 3, 20), quantityCancelled: 1 };
    const invoice = buildInvoice(input({ order: makeOrder({ items: [item], shippingCost: 0 }) }));
    expect(invoice.lines).toHaveLength(1);
    expect(invoice.lines[0]).toMatchObject({ quantity: 2, lineNet: 1998 });
  });

  it('keeps the line net of VAT-inclusive prices converted per line', () => {
    // 3 × 9.99 incl. 20 % → 2498 net for the line (not 3 × 833).
    const item = { ...makeItem(1, 'Candle', 833, 3, 20), lineNet: 2498 };
    const invoice = buildInvoice(input({ order: makeOrder({ items: [item], shippingCost: 0 }) }));
    expect(invoice.totals).toEqual({ net: 2498, vat: 500, gross: 2998 });
  });

  it('refuses an order with open exceptions, with a clear reason', () => {
    const error = businessRuleOf(() => buildInvoice(input({ order: makeOrder({ openExceptionCount: 2 }) })));
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.message).toMatch(/2 unresolved item exception/);
    expect(error.details).toMatchObject({ reason: 'open_exceptions' });
  });

  it('refuses a cancelled order', () => {
    const error = businessRuleOf(() => buildInvoice(input({ order: makeOrder({ status: 'cancelled' }) })));
    expect(error.code).toBe('BUSINESS_RULE');
    expect(error.details).toMatchObject({ reason: 'cancelled' });
  });

  it('refuses inconsistent reverse charge, credit-note numbers and foreign stores', () => {
    const noVat = {
      ...makeReverseChargeOrder(),
      customer: { name: 'X', email: 'x@example.org', type: 'b2b' as const },
    };
    expect(businessRuleOf(() => buildInvoice(input({ order: noVat }))).details).toMatchObject({
      reason: 'buyer_vat_number',
    });
    const taxed = { ...makeReverseChargeOrder(), items: [makeItem(1, 'Lamp', 100, 1, 19)] };
    expect(businessRuleOf(() => buildInvoice(input({ order: taxed }))).details).toMatchObject({
      reason: 'treatment_rate_mismatch',
    });
    const cn = allocateInvoiceNumber(
      { kind: 'credit_note', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
      0,
    );
    expect(businessRuleOf(() => buildInvoice(input({ allocation: cn }))).details).toMatchObject({
      reason: 'wrong_series',
    });
    expect(
      businessRuleOf(() => buildInvoice(input({ settings: makeSettings({ storeId: fixtureIds.order }) })))
        .code,
    ).toBe('BAD_INPUT');
  });

  it('is deterministic: the same input gives the same snapshot', () => {
    expect(buildInvoice(input())).toEqual(buildInvoice(input()));
  });
});
