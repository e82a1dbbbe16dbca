import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { VatCategory } from '../../schemas/common';
import { decideVat, exemptionMentions } from './decide-vat';
import type { VatDecisionInput } from './decide-vat';
import { allRatesOf, vatRateFor } from './eu-vat-rates';
import { euCountries } from './is-eu-country';

const base: VatDecisionInput = {
  sellerCountry: 'DE',
  buyerCountry: 'DE',
  buyerType: 'b2c',
  buyerVatNumber: null,
  ossRegistered: false,
  distanceSalesThresholdExceeded: false,
  category: 'standard',
};

const categories: VatCategory[] = ['standard', 'reduced', 'super_reduced', 'zero'];
const euCountry = fc.constantFrom(...euCountries);
const category = fc.constantFrom(...categories);
const nonEuCountry = fc.constantFrom('US', 'CH', 'GB', 'NO', 'XI', 'JP', 'TR', 'IS');

describe('decideVat — the rows of the VAT.md decision tree', () => {
  it('domestic: same country, seller rate for the category, also for B2B with a VAT number', () => {
    expect(decideVat({ ...base, category: 'reduced' })).toEqual({
      treatment: 'domestic',
      rate: 7,
      countryOfRate: 'DE',
      mentions: [],
    });
    expect(decideVat({ ...base, buyerType: 'b2b', buyerVatNumber: 'DE136695976' }).treatment).toBe(
      'domestic',
    );
  });

  it('intra-EU B2B with a valid VAT number: reverse charge at 0 % with both mentions', () => {
    const decision = decideVat({
      ...base,
      buyerCountry: 'FR',
      buyerType: 'b2b',
      buyerVatNumber: 'fr 40 303265045',
    });
    expect(decision).toEqual({
      treatment: 'intra_eu_reverse_charge',
      rate: 0,
      countryOfRate: null,
      mentions: [exemptionMentions.reverseCharge, exemptionMentions.intraCommunity],
      buyerVatNumber: 'FR40303265045',
    });
  });

  it('accepts a Greek buyer with the EL prefix', () => {
    expect(
      decideVat({ ...base, buyerCountry: 'GR', buyerType: 'b2b', buyerVatNumber: 'EL094259216' }).treatment,
    ).toBe('intra_eu_reverse_charge');
  });

  it('B2B with a missing, malformed or foreign VAT number is treated as B2C', () => {
    for (const vatNumber of [null, undefined, '', 'FR123', 'DE136695976']) {
      expect(
        decideVat({ ...base, buyerCountry: 'FR', buyerType: 'b2b', buyerVatNumber: vatNumber }).treatment,
      ).toBe('origin_distance_sale');
    }
  });

  it('B2C to another EU country: destination rate when OSS-registered or over the threshold', () => {
    const fr = { ...base, buyerCountry: 'FR', category: 'reduced' } satisfies VatDecisionInput;
    expect(decideVat({ ...fr, ossRegistered: true })).toEqual({
      treatment: 'oss_destination',
      rate: 5.5,
      countryOfRate: 'FR',
      mentions: [],
    });
    expect(decideVat({ ...fr, distanceSalesThresholdExceeded: true }).rate).toBe(5.5);
    expect(decideVat(fr)).toEqual({
      treatment: 'origin_distance_sale',
      rate: 7,
      countryOfRate: 'DE',
      mentions: [],
    });
  });

  it('outside the EU: export at 0 % with the Art. 146 mention', () => {
    expect(decideVat({ ...base, buyerCountry: 'CH' })).toEqual({
      treatment: 'export',
      rate: 0,
      countryOfRate: null,
      mentions: [exemptionMentions.export],
    });
  });

  it('refuses a seller outside the EU', () => {
    expect(() => decideVat({ ...base, sellerCountry: 'US' })).toThrow(RangeError);
  });
});

describe('decideVat — properties', () => {
  const flags = fc.record({ ossRegistered: fc.boolean(), distanceSalesThresholdExceeded: fc.boolean() });

  it('every EU pair and category yields a rate from the table of the country of the rate', () => {
    fc.assert(
      fc.property(
        euCountry,
        euCountry,
        category,
        fc.constantFrom('b2c' as const, 'b2b' as const),
        flags,
        (seller, buyer, cat, type, f) => {
          const decision = decideVat({
            ...base,
            ...f,
            sellerCountry: seller,
            buyerCountry: buyer,
            buyerType: type,
            buyerVatNumber: null,
            category: cat,
          });
          const country = decision.countryOfRate === seller ? seller : buyer;
          expect(decision.countryOfRate).not.toBeNull();
          expect(allRatesOf(country)).toContain(decision.rate);
          expect(decision.rate).toBe(vatRateFor(country, cat));
        },
      ),
    );
  });

  it('a non-EU buyer is always an export at 0 %', () => {
    fc.assert(
      fc.property(
        euCountry,
        nonEuCountry,
        category,
        fc.option(fc.string()),
        flags,
        (seller, buyer, cat, vatNumber, f) => {
          const decision = decideVat({
            ...base,
            ...f,
            sellerCountry: seller,
            buyerCountry: buyer,
            buyerType: 'b2b',
            buyerVatNumber: vatNumber,
            category: cat,
          });
          expect(decision.treatment).toBe('export');
          expect(decision.rate).toBe(0);
        },
      ),
    );
  });

  it('a malformed B2B VAT number behaves exactly as B2C', () => {
    fc.assert(
      fc.property(
        euCountry,
        euCountry,
        category,
        fc.string({ maxLength: 6 }),
        flags,
        (seller, buyer, cat, junk, f) => {
          const input = { ...base, ...f, sellerCountry: seller, buyerCountry: buyer, category: cat };
          expect(decideVat({ ...input, buyerType: 'b2b', buyerVatNumber: `XX${junk}` })).toEqual(
            decideVat({ ...input, buyerType: 'b2c' }),
          );
        },
      ),
    );
  });

  it('a same-country buyer is domestic whatever the flags and VAT number', () => {
    fc.assert(
      fc.property(euCountry, category, fc.option(fc.string()), flags, (country, cat, vatNumber, f) => {
        const decision = decideVat({
          ...base,
          ...f,
          sellerCountry: country,
          buyerCountry: country,
          buyerType: 'b2b',
          buyerVatNumber: vatNumber,
          category: cat,
        });
        expect(decision).toEqual({
          treatment: 'domestic',
          rate: vatRateFor(country, cat),
          countryOfRate: country,
          mentions: [],
        });
      }),
    );
  });
});
