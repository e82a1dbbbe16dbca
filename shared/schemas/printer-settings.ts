import { z } from 'zod';

/** The documents a workstation prints, each with its own printer setting. */
export const printDocumentKinds = ['invoice', 'packing_slip', 'pick_list', 'command_sheet'] as const;
export const printDocumentKindSchema = z.enum(printDocumentKinds);
export type PrintDocumentKind = z.infer<typeof printDocumentKindSchema>;

/** How one kind of document prints on this workstation. */
export const documentPrintSettingSchema = z.strictObject({
  /** Printer name as the operating system knows it; null prints on the system default printer. */
  deviceName: z.string().trim().min(1).max(200).nullable(),
  /** Print without the dialog (needs a printer that is on and has paper). */
  silent: z.boolean(),
  copies: z.number().int().min(1).max(20),
  /** Print this document by itself when a pack is marked shipped (packing slip, invoice). */
  printOnPackComplete: z.boolean(),
});
export type DocumentPrintSetting = z.infer<typeof documentPrintSettingSchema>;

/** Printer settings of one workstation (stored on the workstation, never synced). */
export const printerSettingsSchema = z.strictObject({
  documents: z.record(printDocumentKindSchema, documentPrintSettingSchema),
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

/** A printer the operating system offers. */
export const printerInfoSchema = z.object({
  name: z.string(),
  displayName: z.string(),
  description: z.string(),
});
export type PrinterInfo = z.infer<typeof printerInfoSchema>;

/** Settings of a new workstation: every document with the dialog, one copy; packing slips print when a pack ships. */
export function defaultPrinterSettings(): PrinterSettings {
  const setting = (printOnPackComplete: boolean): DocumentPrintSetting => ({
    deviceName: null,
    silent: false,
    copies: 1,
    printOnPackComplete,
  });
  return {
    documents: {
      invoice: setting(false),
      packing_slip: setting(true),
      pick_list: setting(false),
      command_sheet: setting(false),
    },
  };
}

/** Stored settings when valid, the defaults otherwise (a damaged file must not stop printing). */
export function parsePrinterSettings(value: unknown): PrinterSettings {
  const parsed = printerSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultPrinterSettings();
}
