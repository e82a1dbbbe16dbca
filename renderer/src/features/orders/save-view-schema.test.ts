import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/orders';
import en from '../../i18n/locales/en/orders';
import { saveViewDraftSchema } from './save-view-schema';

describe('save-view dialog', () => {
  it('saves the name trimmed and at most 60 characters long', () => {
    expect(problemsOf(saveViewDraftSchema, { name: '  To pack  ' })).toEqual({
      ok: true,
      value: { name: 'To pack' },
    });
    expect(problemsOf(saveViewDraftSchema, { name: 'x'.repeat(70) })).toEqual({
      ok: true,
      value: { name: 'x'.repeat(60) },
    });
  });

  it('refuses a blank name with the sentence in both languages', () => {
    expect(problemsOf(saveViewDraftSchema, { name: '   ' })).toEqual({
      ok: false,
      problems: { name: 'nameMissing' },
    });
    expect(de.views.nameMissing).toMatch(/\.$/);
    expect(en.views.nameMissing).toMatch(/\.$/);
  });
});
