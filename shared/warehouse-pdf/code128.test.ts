import { describe, expect, it } from 'vitest';
import { encodeCode128 } from './code128';

describe('encodeCode128', () => {
  it('encodes start, data, check and stop symbols (11 modules each, stop 13)', () => {
    const { modules, bars } = encodeCode128('CMDSHIP');
    expect(modules).toBe(11 * (1 + 7 + 1) + 13);
    expect(bars[0]).toEqual({ start: 0, width: 2 }); // Start B: 11010010000
    expect(bars.at(-1)).toEqual({ start: modules - 2, width: 2 }); // stop ends …11
  });

  it('gives different patterns for different texts', () => {
    expect(encodeCode128('1001').bars).not.toEqual(encodeCode128('1002').bars);
  });
});
