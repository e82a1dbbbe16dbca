import { describe, expect, it } from 'vitest';
import { encodeFontFile } from './encode-font-file';

function words(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer);
  let sum = 0;
  for (let at = 0; at < bytes.length; at += 4) sum += view.getUint32(at);
  return sum % 0x100000000;
}

describe('encodeFontFile', () => {
  // checkSumAdjustment (bytes 8–11) zero, as it is summed like jsPDF does: as found in the table
  const head = Array.from({ length: 54 }, (_, i) => (i >= 8 && i < 12 ? 0 : (i * 7) % 256));
  const bytes = encodeFontFile(0x00010000, { cmap: [1, 2, 3], head, glyf: [9, 9, 9, 9, 9] });
  const view = new DataView(bytes.buffer);

  it('writes the directory in table order with 4-byte aligned offsets and lengths', () => {
    expect(view.getUint32(0)).toBe(0x00010000);
    expect(view.getUint16(4)).toBe(3);
    const entries = [0, 1, 2].map((i) => ({
      tag: String.fromCharCode(...bytes.subarray(12 + i * 16, 16 + i * 16)),
      checksum: view.getUint32(16 + i * 16),
      offset: view.getUint32(20 + i * 16),
      length: view.getUint32(24 + i * 16),
    }));
    expect(entries.map((entry) => [entry.tag, entry.offset, entry.length])).toEqual([
      ['cmap', 60, 3],
      ['head', 64, 54],
      ['glyf', 120, 5],
    ]);
    expect(entries[0]?.checksum).toBe(0x01020300);
    expect(Array.from(bytes.subarray(120, 125))).toEqual([9, 9, 9, 9, 9]);
    expect(bytes.length).toBe(128);
  });

  it('sets the head checksum adjustment so the whole file sums to 0xB1B0AFBA', () => {
    expect(words(bytes)).toBe(0xb1b0afba);
  });
});
