import { app, BrowserWindow, ipcMain, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { desktopChannels } from '../../../shared/desktop-api';
import { printDocumentKindSchema, type DocumentPrintSetting } from '../../../shared/schemas/printer-settings';
import { printerSettingsFileName, readPrinterSettings, writePrinterSettings } from '../printer-settings';
import { assertTrustedSender, type TrustedOrigins } from '../security';

const maxPdfBytes = 50 * 1024 * 1024;
const pdfMagic = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

const pdfBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= maxPdfBytes, 'PDF is empty or too large')
  .refine((bytes) => pdfMagic.every((byte, index) => bytes[index] === byte), 'Not a PDF document');
const titleSchema = z.string().trim().min(1).max(200);
const printPdfArgs = z.tuple([pdfBytesSchema, titleSchema]);
const printDocumentArgs = z.tuple([pdfBytesSchema, titleSchema, printDocumentKindSchema]);
const noArgs = z.tuple([]);
const saveSettingsArgs = z.tuple([z.unknown()]);

/** How one print job goes out: the dialog, or silently to a named (or the default) printer. */
type PrintOptions = Pick<DocumentPrintSetting, 'silent' | 'copies' | 'deviceName'>;
const dialogOnce: PrintOptions = { silent: false, copies: 1, deviceName: null };

/** Prints a page; resolves when printing was sent or cancelled. */
function printContents(
  contents: WebContents,
  options: PrintOptions,
): Promise<{ success: boolean; failureReason: string }> {
  return new Promise((resolve) => {
    contents.print(
      {
        silent: options.silent,
        copies: options.copies,
        printBackground: true,
        ...(options.deviceName === null ? {} : { deviceName: options.deviceName }),
      },
      (success, failureReason) => resolve({ success, failureReason }),
    );
  });
}

/**
 * Prints a PDF by loading it into a hidden window. A failed silent job is an error (the renderer's print
 * queue keeps it for a retry); a failed dialog job shows the PDF viewer, whose print button is the fallback.
 */
async function printPdf(bytes: Uint8Array, title: string, options: PrintOptions): Promise<void> {
  const file = join(tmpdir(), `order-desk-print-${randomUUID()}.pdf`);
  await writeFile(file, bytes);
  const window = new BrowserWindow({
    show: false,
    title,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  window.once('closed', () => void rm(file, { force: true }));
  try {
    await window.loadFile(file);
    const result = await printContents(window.webContents, options);
    if (result.success || result.failureReason === 'cancelled') window.close();
    else if (options.silent) throw new Error(`Printing failed: ${result.failureReason}`);
    else window.show();
  } catch (error) {
    window.close();
    throw error;
  }
}

/** The printer settings file in the app's user data folder. */
function defaultSettingsFile(): string {
  return join(app.getPath('userData'), printerSettingsFileName);
}

/** Handles print requests (a PDF with the dialog, a PDF with the workstation's settings, the asking window) and printer settings. */
export function registerPrintIpc(
  trusted: TrustedOrigins,
  settingsFile: string = defaultSettingsFile(),
): void {
  ipcMain.handle(desktopChannels.printPdf, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [bytes, title] = printPdfArgs.parse(args);
    await printPdf(bytes, title, dialogOnce);
  });
  ipcMain.handle(desktopChannels.printDocument, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [bytes, title, kind] = printDocumentArgs.parse(args);
    const settings = await readPrinterSettings(settingsFile);
    await printPdf(bytes, title, settings.documents[kind]);
  });
  ipcMain.handle(desktopChannels.printPage, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    noArgs.parse(args);
    const result = await printContents(event.sender, dialogOnce);
    if (!result.success && result.failureReason !== 'cancelled') throw new Error(result.failureReason);
  });
  ipcMain.handle(desktopChannels.listPrinters, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    noArgs.parse(args);
    const printers = await event.sender.getPrintersAsync();
    return printers.map((printer) => ({
      name: printer.name,
      displayName: printer.displayName || printer.name,
      description: printer.description,
    }));
  });
  ipcMain.handle(desktopChannels.loadPrinterSettings, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    noArgs.parse(args);
    return readPrinterSettings(settingsFile);
  });
  ipcMain.handle(desktopChannels.savePrinterSettings, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [settings] = saveSettingsArgs.parse(args);
    return writePrinterSettings(settingsFile, settings);
  });
}
