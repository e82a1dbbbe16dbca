import { describe, expect, it } from 'vitest';
import { packCommandBarcodes, parsePackCommand } from './command-barcodes';

describe('command barcodes', () => {
  it('recognises each printed command, ignoring case and blanks, and nothing else', () => {
    expect(parsePackCommand('CMDSHIP')).toBe('ship');
    expect(parsePackCommand(' cmdnext ')).toBe('next');
    expect(parsePackCommand(packCommandBarcodes.cancel_scan.code)).toBe('cancel_scan');
    expect(parsePackCommand('4006381333931')).toBeNull();
    expect(parsePackCommand('SHIP')).toBeNull();
  });

  it('encodes letters only, which every keyboard layout types the same (no Y or Z)', () => {
    for (const { code } of Object.values(packCommandBarcodes)) expect(code).toMatch(/^[A-X]+$/);
  });
});
