import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/bulk';
import en from '../../i18n/locales/en/bulk';
import { bulkDraftSchema, emptyBulkDraft, shownStatus, type BulkDraft } from './bulk-form-schema';

const methodId = '0190a5e6-1c2b-7d3e-8f40-123456789abc';
const draft = (change: Partial<BulkDraft>): BulkDraft => ({ ...emptyBulkDraft, ...change });
const schema = bulkDraftSchema(['processing', 'on_hold']);

describe('bulk action bar', () => {
  it('turns the text into a trimmed tag or cancel reason', () => {
    expect(problemsOf(schema, draft({ action: 'remove_tag', text: '  vip ' }))).toEqual({
      ok: true,
      value: { action: 'remove_tag', params: { tag: 'vip' } },
    });
    expect(problemsOf(schema, draft({ action: 'cancel', text: ' Out of stock ' }))).toEqual({
      ok: true,
      value: { action: 'cancel', params: { reason: 'Out of stock' } },
    });
  });

  it('sets a status every selected order may take: the chosen one, else the first', () => {
    expect(problemsOf(schema, draft({ action: 'set_status', status: 'on_hold' }))).toEqual({
      ok: true,
      value: { action: 'set_status', params: { status: 'on_hold' } },
    });
    expect(problemsOf(schema, draft({ action: 'set_status', status: 'shipped' }))).toEqual({
      ok: true,
      value: { action: 'set_status', params: { status: 'processing' } },
    });
    expect(shownStatus('', [])).toBeUndefined();
    expect(problemsOf(bulkDraftSchema([]), draft({ action: 'set_status', status: 'on_hold' }))).toEqual({
      ok: false,
      problems: { status: 'need.status' },
    });
  });

  it('puts each missing parameter on its field', () => {
    expect(problemsOf(schema, draft({ action: 'add_tag', text: '   ' }))).toEqual({
      ok: false,
      problems: { text: 'need.tag' },
    });
    expect(problemsOf(schema, draft({ action: 'add_tag', text: 'x'.repeat(51) }))).toEqual({
      ok: false,
      problems: { text: 'tooLong.tag' },
    });
    expect(problemsOf(schema, draft({ action: 'cancel', text: '' }))).toEqual({
      ok: false,
      problems: { text: 'need.reason' },
    });
    expect(problemsOf(schema, draft({ action: 'assign_shipping_method', methodId: '' }))).toEqual({
      ok: false,
      problems: { methodId: 'need.method' },
    });
    expect(problemsOf(schema, draft({ action: 'assign_shipping_method', methodId }))).toEqual({
      ok: true,
      value: { action: 'assign_shipping_method', params: { shippingMethodId: methodId } },
    });
  });

  it('words every problem as a sentence in German and English', () => {
    for (const messages of [de, en])
      for (const sentence of [...Object.values(messages.need), ...Object.values(messages.tooLong)])
        expect(sentence).toMatch(/^[A-ZÄÖÜ].*\.$/);
  });
});
