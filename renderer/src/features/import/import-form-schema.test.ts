import { describe, expect, it } from 'vitest';
import de from '../../i18n/locales/de/import';
import en from '../../i18n/locales/en/import';
import { importDraftSchema } from './import-form-schema';

describe('import form', () => {
  it('takes the marketplace trimmed', () => {
    expect(importDraftSchema.parse({ marketplace: ' otto ' })).toEqual({ marketplace: 'otto' });
  });

  it('refuses a blank or too long marketplace with a sentence key both languages word', () => {
    for (const marketplace of ['  ', 'm'.repeat(51)]) {
      const result = importDraftSchema.safeParse({ marketplace });
      const key = result.error?.issues[0]?.message as keyof typeof en;
      expect(['needsMarketplace', 'marketplaceTooLong']).toContain(key);
      expect(de[key]).toMatch(/\.$/);
      expect(en[key]).toMatch(/\.$/);
    }
  });
});
