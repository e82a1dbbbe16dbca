import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/export';
import en from '../../i18n/locales/en/export';
import { emptyExportDraft, exportDraftSchema, type ExportDraft } from './export-form-schema';

const draft = (change: Partial<ExportDraft>): ExportDraft => ({ ...emptyExportDraft, ...change });

describe('export dialog', () => {
  it('exports the ticked columns of the shown catalogue in its order', () => {
    expect(
      problemsOf(exportDraftSchema(0), draft({ orderColumns: ['gross', 'number'], lineColumns: [] })),
    ).toEqual({
      ok: true,
      value: {
        scope: 'filtered',
        lines: false,
        format: 'csv',
        dialect: 'rfc4180',
        columns: ['number', 'gross'],
      },
    });
    expect(
      problemsOf(
        exportDraftSchema(3),
        draft({ scope: 'selection', rows: 'line', format: 'xlsx', orderColumns: [], lineColumns: ['sku'] }),
      ),
    ).toEqual({
      ok: true,
      value: { scope: 'selection', lines: true, format: 'xlsx', dialect: 'rfc4180', columns: ['sku'] },
    });
  });

  it('needs a selection for "selected orders" and a ticked column of the shown catalogue', () => {
    expect(problemsOf(exportDraftSchema(0), draft({ scope: 'selection', orderColumns: [] }))).toEqual({
      ok: false,
      problems: { scope: 'noSelection', orderColumns: 'needColumn' },
    });
    // Line columns unticked: only a problem while one row per line is shown; unknown keys do not count.
    expect(problemsOf(exportDraftSchema(0), draft({ lineColumns: [] })).ok).toBe(true);
    expect(problemsOf(exportDraftSchema(0), draft({ rows: 'line', lineColumns: ['bogus'] }))).toEqual({
      ok: false,
      problems: { lineColumns: 'needColumn' },
    });
  });

  it('words each problem as a sentence in German and English', () => {
    for (const messages of [de, en])
      for (const sentence of Object.values(messages.problem)) expect(sentence).toMatch(/^[A-ZÄÖÜ].*\.$/);
  });
});
