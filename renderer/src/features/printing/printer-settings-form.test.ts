import { describe, expect, it } from 'vitest';
import { defaultPrinterSettings } from '../../../../shared/schemas/printer-settings';
import de from '../../i18n/locales/de/printing';
import en from '../../i18n/locales/en/printing';
import { printerDraftOf, printerSettingsDraftSchema } from './printer-settings-form';

describe('printer settings form', () => {
  it('round-trips the stored settings, the system default printer as an empty choice', () => {
    const stored = defaultPrinterSettings();
    stored.documents.invoice = {
      deviceName: 'Brother HL',
      silent: true,
      copies: 2,
      printOnPackComplete: true,
    };
    const draft = printerDraftOf(stored);
    expect(draft.documents.packing_slip.deviceName).toBe('');
    expect(printerSettingsDraftSchema.parse(draft)).toEqual(stored);
  });

  it('refuses copies outside 1 to 20 on that row, with a sentence in both languages', () => {
    for (const copies of [0, 21, 1.5, Number.NaN]) {
      const draft = printerDraftOf(defaultPrinterSettings());
      draft.documents.pick_list.copies = copies;
      const issue = printerSettingsDraftSchema.safeParse(draft).error?.issues[0];
      expect(issue?.path).toEqual(['documents', 'pick_list', 'copies']);
      expect(issue?.message).toBe('copiesRange');
    }
    expect(de.settings.copiesRange).toMatch(/\.$/);
    expect(en.settings.copiesRange).toMatch(/\.$/);
  });
});
