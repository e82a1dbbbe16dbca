import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/bulk';
import en from '../../i18n/locales/en/bulk';
import { bulkDraftSchema, emptyBulkDraft, shownStatus, type BulkDraft } from './bulk-form-schema';

const methodId = '0190a5e6-1c2b-7d3e-8f40-123456789abc';
const draft = (change: Partial<BulkDraft>): BulkDraft => ({ ...emptyBulkDraft, ...change });
const schema = bulkDraftSchema(['processing', 'on_hold']);

describe('bulk action bar', () => {
  // Tag and reason trimmed; the chosen status while every selected order may take it, else the first such.
  it.each([
    [{ action: 'remove_tag', text: '  vip ' }, { tag: 'vip' }],
    [{ action: 'cancel', text: ' Out of stock ' }, { reason: 'Out of stock' }],
    [{ action: 'set_status', status: 'on_hold' }, { status: 'on_hold' }],
    [{ action: 'set_status', status: 'shipped' }, { status: 'processing' }],
    [{ action: 'assign_shipping_method', methodId }, { shippingMethodId: methodId }],
  ] as const)('sends %o as %o', (change, params) => {
    expect(problemsOf(schema, draft(change))).toEqual({ ok: true, value: { action: change.action, params } });
  });

  it.each([
    [{ action: 'add_tag', text: '   ' }, { text: 'need.tag' }],
    [{ action: 'add_tag', text: 'x'.repeat(51) }, { text: 'tooLong.tag' }],
    [{ action: 'cancel', text: '' }, { text: 'need.reason' }],
    [{ action: 'cancel', text: 'x'.repeat(501) }, { text: 'tooLong.reason' }],
    [{ action: 'assign_shipping_method', methodId: '' }, { methodId: 'need.method' }],
  ] as const)('puts the problem of %o on its field', (change, problems) => {
    expect(problemsOf(schema, draft(change))).toEqual({ ok: false, problems });
  });

  it('refuses a status change no selected order may take', () => {
    expect(shownStatus('', [])).toBeUndefined();
    expect(problemsOf(bulkDraftSchema([]), draft({ action: 'set_status', status: 'on_hold' }))).toEqual({
      ok: false,
      problems: { status: 'need.status' },
    });
  });

  it('words every problem as a sentence in German and English', () => {
    for (const messages of [de, en])
      for (const sentence of [...Object.values(messages.need), ...Object.values(messages.tooLong)])
        expect(sentence).toMatch(/^[A-ZÄÖÜ].*\.$/);
  });
});
