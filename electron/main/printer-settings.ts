import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  parsePrinterSettings,
  printerSettingsSchema,
  type PrinterSettings,
} from '../../shared/schemas/printer-settings';

/** The printer settings file of this workstation (in the app's user data folder, never synced). */
export const printerSettingsFileName = 'printer-settings.json';

/** Reads the workstation's printer settings; a missing or damaged file gives the defaults. */
export async function readPrinterSettings(file: string): Promise<PrinterSettings> {
  try {
    return parsePrinterSettings(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return parsePrinterSettings(undefined);
  }
}

/** Validates (throws on bad input) and writes the settings atomically (temp file, then rename). */
export async function writePrinterSettings(file: string, input: unknown): Promise<PrinterSettings> {
  const settings = printerSettingsSchema.parse(input);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
  return settings;
}
