import { z } from 'zod';
import {
  documentPrintSettingSchema,
  printDocumentKinds,
  printerSettingsSchema,
  type PrintDocumentKind,
  type PrinterSettings,
} from '../../../../shared/schemas/printer-settings';

/** One document's row as the form holds it: the printer's name, '' for the system default. */
export interface DocumentSettingDraft {
  deviceName: string;
  silent: boolean;
  copies: number;
  printOnPackComplete: boolean;
}
export type PrinterSettingsDraft = { documents: Record<PrintDocumentKind, DocumentSettingDraft> };

/** The stored settings as the form's draft. */
export function printerDraftOf(settings: PrinterSettings): PrinterSettingsDraft {
  const documents = Object.fromEntries(
    printDocumentKinds.map((kind) => {
      const setting = settings.documents[kind];
      return [kind, { ...setting, deviceName: setting.deviceName ?? '' }];
    }),
  ) as Record<PrintDocumentKind, DocumentSettingDraft>;
  return { documents };
}

const documentDraftSchema = documentPrintSettingSchema.extend({
  deviceName: z.string().transform((name) => (name.trim() === '' ? null : name.trim())),
  copies: z.number('copiesRange').int('copiesRange').min(1, 'copiesRange').max(20, 'copiesRange'),
});

/** The form's draft checked and turned into the workstation's settings (sentence key `copiesRange`). */
export const printerSettingsDraftSchema = z
  .object({ documents: z.record(z.enum(printDocumentKinds), documentDraftSchema) })
  .pipe(printerSettingsSchema);
