import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../../errors';
import { displayGtin, gs1CheckDigit, isValidGtin, normalizeGtin, normalizeGtinOrThrow } from './gtin';

const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** A valid GTIN of `length` digits: random body plus its check digit. */
const validGtin = (length: number) => digitString(length - 1).map((body) => `${body}${gs1CheckDigit(body)}`);

const anyValidGtin = fc.oneof(validGtin(8), validGtin(12), validGtin(13), validGtin(14));

describe('normalizeGtin', () => {
  it('accepts known real codes of every length', () => {
    expect(normalizeGtin('96385074')).toEqual({ ok: true, gtin14: '00000096385074' });
    expect(normalizeGtin('036000291452')).toEqual({ ok: true, gtin14: '00036000291452' });
    expect(normalizeGtin('4006381333931')).toEqual({ ok: true, gtin14: '04006381333931' });
    expect(normalizeGtin('10012345678902')).toEqual({ ok: true, gtin14: '10012345678902' });
  });

  it('ignores spaces and hyphens', () => {
    expect(normalizeGtin(' 4006381-333931 ')).toEqual({ ok: true, gtin14: '04006381333931' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['40063813339A1', 'invalid_characters'],
    ['4006381.333931', 'invalid_characters'],
    ['1234567', 'invalid_length'],
    ['400638133393', 'invalid_check_digit'],
    ['123456789012345', 'invalid_length'],
    ['4006381333932', 'invalid_check_digit'],
  ])('rejects %j as %s', (input, reason) => {
    const result = normalizeGtin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('round-trips valid codes of every length to a 14-digit form ending in the input', () => {
    fc.assert(
      fc.property(anyValidGtin, (gtin) => {
        const result = normalizeGtin(gtin);
        expect(result.ok).toBe(true);
        if (result.ok) {
          expect(result.gtin14).toHaveLength(14);
          expect(result.gtin14.endsWith(gtin)).toBe(true);
          expect(normalizeGtin(result.gtin14)).toEqual(result);
        }
      }),
    );
  });

  it('treats the GTIN-12 and GTIN-13 forms of one code as equal', () => {
    fc.assert(
      fc.property(validGtin(12), (upc) => {
        expect(normalizeGtin(`0${upc}`)).toEqual(normalizeGtin(upc));
        expect(normalizeGtin(`00${upc}`)).toEqual(normalizeGtin(upc));
      }),
    );
  });

  it('rejects any code with one digit changed', () => {
    fc.assert(
      fc.property(anyValidGtin, fc.nat(), fc.integer({ min: 1, max: 9 }), (gtin, position, delta) => {
        const index = position % gtin.length;
        const digit = (Number(gtin[index]) + delta) % 10;
        const flipped = `${gtin.slice(0, index)}${digit}${gtin.slice(index + 1)}`;
        const result = normalizeGtin(flipped);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toBe('invalid_check_digit');
      }),
    );
  });

  it('is consistent with isValidGtin', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(isValidGtin(input)).toBe(normalizeGtin(input).ok);
      }),
    );
  });
});

describe('normalizeGtinOrThrow', () => {
  it('throws BAD_INPUT with the given path', () => {
    try {
      normalizeGtinOrThrow('123', 'orders.3.items.1.gtin');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('BAD_INPUT');
      expect(domainError.issues?.[0]?.path).toBe('orders.3.items.1.gtin');
    }
  });

  it('returns the 14-digit form', () => {
    expect(normalizeGtinOrThrow('036000291452')).toBe('00036000291452');
  });
});

describe('displayGtin', () => {
  it('shortens padded forms', () => {
    expect(displayGtin('04006381333931')).toBe('4006381333931');
    expect(displayGtin('00000096385074')).toBe('96385074');
    expect(displayGtin('10012345678902')).toBe('10012345678902');
  });
});
