import { describe, expect, it } from 'vitest';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import {
  describePriceRule,
  draftOfMethod,
  emptyMethodDraft,
  methodInputOf,
  formatMajorAmount,
  parseMajorAmount,
} from './shipping-method-form';

describe('shipping method form', () => {
  it('parses amounts in major units', () => {
    expect(parseMajorAmount('4.95')).toBe(495);
    expect(parseMajorAmount('4,9')).toBe(490);
    expect(parseMajorAmount('5')).toBe(500);
    expect(parseMajorAmount('4.955')).toBeNaN();
    expect(parseMajorAmount('')).toBeNaN();
  });

  it('builds a weight-band method and round-trips it through the draft', () => {
    const result = methodInputOf({
      ...emptyMethodDraft,
      name: 'Parcel',
      carrier: 'DHL',
      countries: 'de, at;FR',
      ruleKind: 'weight_bands',
      bands: [
        { upToKg: '2', price: '4.95' },
        { upToKg: '10,5', price: '9.90' },
      ],
      trackingUrlTemplate: 'https://track.example/{tracking}',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.input).toMatchObject({
      countries: ['DE', 'AT', 'FR'],
      priceRule: {
        kind: 'weight_bands',
        bands: [
          { upToGrams: 2000, amount: 495 },
          { upToGrams: 10500, amount: 990 },
        ],
      },
      active: true,
    });
    const stored: ShippingMethod = {
      ...result.input,
      id: '0190a000-0000-7000-8000-000000000001',
      storeId: '0190a000-0000-7000-8000-000000000002',
      version: 1,
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    expect(methodInputOf(draftOfMethod(stored))).toEqual(result);
    const words = {
      money: (minor: number) => (minor / 100).toFixed(2),
      kilograms: (grams: number) => String(grams / 1000),
      freeFrom: (price: string, threshold: string) => `${price}, free from ${threshold}`,
      band: (weight: string, price: string) => `≤ ${weight} kg: ${price}`,
    };
    expect(describePriceRule(stored.priceRule, words)).toBe('≤ 2 kg: 4.95 · ≤ 10.5 kg: 9.90');
  });

  it('names the fields that are wrong', () => {
    const result = methodInputOf({
      ...emptyMethodDraft,
      carrier: 'DHL',
      countries: 'Germany',
      price: 'abc',
      trackingUrlTemplate: 'track',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual({
      name: 'name',
      countries: 'countries',
      price: 'price',
      trackingUrlTemplate: 'tracking',
    });
  });

  it('names the band that breaks the order and a missing free-from subtotal', () => {
    const bands = methodInputOf({
      ...emptyMethodDraft,
      name: 'Parcel',
      carrier: 'DHL',
      countries: 'DE',
      ruleKind: 'weight_bands',
      bands: [
        { upToKg: '5', price: '4.95' },
        { upToKg: '2', price: '3.95' },
      ],
    });
    expect(bands).toEqual({ ok: false, problems: { bands: 'bandsOrder' } });
    const freeAbove = methodInputOf({
      ...emptyMethodDraft,
      name: 'Parcel',
      carrier: 'DHL',
      countries: 'DE',
      ruleKind: 'free_above',
      price: '4,95',
      freeFrom: '',
    });
    expect(freeAbove).toEqual({ ok: false, problems: { freeFrom: 'freeFrom' } });
  });
});

describe('shipping price amounts follow the currency exponent', () => {
  it('reads and writes yen without decimals and dinar with three', () => {
    expect(parseMajorAmount('500', 'JPY')).toBe(500);
    expect(parseMajorAmount('4.95', 'JPY')).toBeNaN();
    expect(parseMajorAmount('4,950', 'BHD')).toBe(4950);
    expect(parseMajorAmount('4.9501', 'BHD')).toBeNaN();
    expect(formatMajorAmount(500, 'JPY')).toBe('500');
    expect(formatMajorAmount(4950, 'BHD')).toBe('4.950');
    expect(formatMajorAmount(495)).toBe('4.95');
  });
});
