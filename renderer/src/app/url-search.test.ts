import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './url-search';

describe('url search params', () => {
  it('keeps every value as text and a repeated key as a list', () => {
    expect(parseSearch('?q=1042&selected=a&selected=b&hasExceptions=true')).toEqual({
      q: '1042',
      selected: ['a', 'b'],
      hasExceptions: 'true',
    });
  });

  it('writes plain pairs, leaves out empty values and reads back what it wrote', () => {
    const text = stringifySearch({ status: 'processing', q: '', tag: undefined, selected: ['a', 'b'] });
    expect(text).toBe('?status=processing&selected=a&selected=b');
    expect(parseSearch(text)).toEqual({ status: 'processing', selected: ['a', 'b'] });
    expect(stringifySearch({})).toBe('');
  });
});
