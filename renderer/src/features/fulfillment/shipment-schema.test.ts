import { describe, expect, it } from 'vitest';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/fulfillment';
import en from '../../i18n/locales/en/fulfillment';
import {
  effectiveCarrier,
  shipmentDraftOf,
  shipmentDraftSchema,
  type ShipmentDraft,
} from './shipment-schema';

const dhl = {
  id: '0190a000-0000-7001-8000-0000000000d1',
  name: 'DHL Paket',
  carrier: 'DHL',
  trackingUrlTemplate: 'https://track.example/{tracking}',
} as ShippingMethod;
const lines = [
  { id: 'line-a', open: 2 },
  { id: 'line-b', open: 1 },
];
const draft = (overrides: Partial<ShipmentDraft>): ShipmentDraft => ({
  ...shipmentDraftOf(dhl.id, lines),
  ...overrides,
});

describe('shipment form (ship panel and pack screen)', () => {
  it('starts at the order’s method with every open unit', () => {
    expect(shipmentDraftOf(dhl.id, lines)).toEqual({
      methodId: dhl.id,
      carrier: '',
      trackingNumber: '',
      quantities: [2, 1],
    });
    expect(shipmentDraftOf(null, []).methodId).toBe('');
  });

  it('sends the lines with a quantity, their table rows, the method’s carrier and the tracking link', () => {
    const parsed = shipmentDraftSchema([dhl], lines).parse(
      draft({ trackingNumber: ' 00340 ', quantities: [0, 1] }),
    );
    expect(parsed).toEqual({
      method: dhl,
      carrier: 'DHL',
      trackingNumber: '00340',
      trackingUrl: 'https://track.example/00340',
      items: [{ orderItemId: 'line-b', quantity: 1 }],
      rows: [2],
    });
  });

  it('prefers a typed carrier and needs none of the method then', () => {
    expect(effectiveCarrier([dhl], { methodId: dhl.id, carrier: ' UPS ' })).toBe('UPS');
    const parsed = shipmentDraftSchema([], lines).parse(
      draft({ methodId: '', carrier: 'UPS', trackingNumber: '1Z' }),
    );
    expect(parsed).toMatchObject({ method: undefined, carrier: 'UPS', trackingUrl: null });
  });

  it('names each wrong field: no unit, no carrier, no tracking number', () => {
    expect(
      problemsOf(shipmentDraftSchema([dhl], lines), draft({ methodId: '', quantities: [0, 0] })),
    ).toEqual({
      ok: false,
      problems: { quantities: 'needItems', carrier: 'needCarrier', trackingNumber: 'needTracking' },
    });
  });

  it('refuses a quantity above the open units or below 0', () => {
    const schema = shipmentDraftSchema([dhl], lines);
    const parsed = schema.safeParse(draft({ trackingNumber: 'X', quantities: [3, -1] }));
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['quantities', 0], 'quantityRange'],
      [['quantities', 1], 'quantityRange'],
    ]);
  });

  it('checks no items on the pack screen', () => {
    expect(problemsOf(shipmentDraftSchema([dhl]), shipmentDraftOf(dhl.id, []))).toEqual({
      ok: false,
      problems: { trackingNumber: 'needTracking' },
    });
    expect(
      shipmentDraftSchema([dhl]).parse({ ...shipmentDraftOf(dhl.id, []), trackingNumber: 'T1' }),
    ).toMatchObject({
      items: [],
      rows: [],
    });
  });

  it('words every problem in German and English', () => {
    for (const key of ['needItems', 'quantityRange', 'needCarrier', 'needTracking'] as const) {
      expect(de.details[key]).toMatch(/\.$/);
      expect(en.details[key]).toMatch(/\.$/);
    }
  });
});
