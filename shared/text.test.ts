import { describe, expect, it } from 'vitest';
import { findInvalidText, MAX_TEXT_LENGTH } from './text';

describe('findInvalidText', () => {
  it('accepts valid text, including astral characters made of surrogate pairs', () => {
    expect(findInvalidText({ a: ['Grüße 😀', { b: '𝄞' }], n: 1, z: null })).toBeUndefined();
  });

  it.each([
    ['x\ud800', 'unpaired'],
    ['\udc00', 'unpaired'],
    ['a\udc00\ud800', 'unpaired'],
    ['a\u0000', 'NUL'],
  ])('names the path of %j', (text, message) => {
    expect(findInvalidText({ a: [{ b: 'ok' }, { c: text }] })).toEqual({
      path: 'a.1.c',
      message: expect.stringContaining(message) as string,
    });
  });

  it('checks object keys and bounds the length', () => {
    expect(findInvalidText({ 'k\ud800': 1 })?.path).toBe('k\ud800');
    expect(findInvalidText(['a'.repeat(MAX_TEXT_LENGTH + 1)])?.path).toBe('0');
    expect(findInvalidText('a'.repeat(MAX_TEXT_LENGTH))).toBeUndefined();
  });
});
