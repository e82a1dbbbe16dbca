import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../shared/schemas/product';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/exceptions';
import en from '../../i18n/locales/en/exceptions';
import { canResolve, emptyResolveDraft, resolveDraftSchema } from './resolve-schema';

const stove = { id: '0190a000-0000-7001-8000-000000000001', sku: 'STOVE', name: 'Camping stove' } as Product;

describe('resolve panel', () => {
  it('remembers the mapping unless unticked', () => {
    expect(emptyResolveDraft.remember).toBe(true);
    expect(problemsOf(resolveDraftSchema, { product: stove, remember: false })).toEqual({
      ok: true,
      value: { product: stove, remember: false },
    });
    expect(canResolve({ product: stove, remember: true })).toBe(true);
  });

  it('needs a chosen product, with the sentence in both languages', () => {
    expect(problemsOf(resolveDraftSchema, emptyResolveDraft)).toEqual({
      ok: false,
      problems: { product: 'choose' },
    });
    expect(canResolve(emptyResolveDraft)).toBe(false);
    expect(de.resolvePanel.choose).toMatch(/\.$/);
    expect(en.resolvePanel.choose).toMatch(/\.$/);
  });
});
