import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { grossFromNet, lineNetFromGross, netFromGross, netMatchingGross } from './vat-inclusive-prices';

describe('netFromGross (VAT.md rounding: per line, half away from zero)', () => {
  it.each([
    [1190, 19, 1000],
    [1000, 19, 840], // 840.336…
    [999, 20, 833], // 832.5 → 833 (half away from zero)
    [-999, 20, -833],
    [1055, 5.5, 1000],
    [100, 5.5, 95], // 94.786…
    [1255, 25.5, 1000],
    [1, 21, 1], // 0.826…
    [5, 25, 4],
    [0, 20, 0],
    [1234, 0, 1234],
  ])('%d gross at %d %% → %d net', (gross, rate, net) => {
    expect(netFromGross(gross, rate)).toBe(net);
  });

  it('converts the whole line once, not each unit', () => {
    // 3 × 9.99 incl. 20 %: per line 2997 / 1.2 = 2497.5 → 2498; per unit would give 3 × 833 = 2499.
    expect(lineNetFromGross(999, 3, 20)).toBe(2498);
  });

  it('is odd-symmetric and within half a cent of the exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(0, 2.1, 5.5, 7, 19, 20, 25.5, 27),
        (gross, rate) => {
          const net = netFromGross(gross, rate);
          expect(netFromGross(-gross, rate)).toBe(-net + 0);
          expect(Math.abs(net - gross / (1 + rate / 100))).toBeLessThanOrEqual(0.5 + 1e-9);
        },
      ),
    );
  });
});

describe('netMatchingGross', () => {
  it('finds a net whose per-rate VAT gives back the exact gross when one exists', () => {
    expect(grossFromNet(netMatchingGross(1000, 19), 19)).toBe(1000);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(5.5, 7, 19, 20, 21),
        (gross, rate) => {
          const net = netMatchingGross(gross, rate);
          expect(Math.abs(grossFromNet(net, rate) - gross)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
