import { describe, expect, it } from 'vitest';
import { problemsOf } from './draft-schema';
import { hasReason, reasonDraftSchema } from './reason-schema';

describe('reason dialogs (cancel order, ignore item)', () => {
  it('sends the reason trimmed', () => {
    expect(problemsOf(reasonDraftSchema, { reason: '  Customer asked  ' })).toEqual({
      ok: true,
      value: { reason: 'Customer asked' },
    });
    expect(hasReason({ reason: ' x ' })).toBe(true);
  });

  it('refuses a blank reason', () => {
    expect(problemsOf(reasonDraftSchema, { reason: ' \t ' })).toEqual({
      ok: false,
      problems: { reason: 'needReason' },
    });
    expect(hasReason({ reason: '' })).toBe(false);
  });
});
