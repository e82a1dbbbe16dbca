import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { desktopChannels } from '../../../shared/desktop-api';
import { assertTrustedSender, type TrustedOrigins } from '../security';

const maxPdfBytes = 50 * 1024 * 1024;
const pdfMagic = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

const printPdfArgs = z.tuple([
  z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= maxPdfBytes, 'PDF is empty or too large')
    .refine((bytes) => pdfMagic.every((byte, index) => bytes[index] === byte), 'Not a PDF document'),
  z.string().trim().min(1).max(200),
]);
const printPageArgs = z.tuple([]);

/** Opens the system print dialog for a page; resolves when printing was sent or cancelled. */
function printContents(contents: WebContents): Promise<{ success: boolean; failureReason: string }> {
  return new Promise((resolve) => {
    contents.print({ silent: false, printBackground: true }, (success, failureReason) =>
      resolve({ success, failureReason }),
    );
  });
}

/** Prints a PDF by loading it into a hidden window; if printing fails the PDF viewer is shown instead. */
async function printPdf(bytes: Uint8Array, title: string): Promise<void> {
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
    const result = await printContents(window.webContents);
    if (result.success || result.failureReason === 'cancelled') window.close();
    else window.show(); // the viewer's own print button is the fallback
  } catch (error) {
    window.close();
    throw error;
  }
}

/** Handles print requests: a PDF document, or the window that asked. */
export function registerPrintIpc(trusted: TrustedOrigins): void {
  ipcMain.handle(desktopChannels.printPdf, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [bytes, title] = printPdfArgs.parse(args);
    await printPdf(bytes, title);
  });
  ipcMain.handle(desktopChannels.printPage, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    printPageArgs.parse(args);
    const result = await printContents(event.sender);
    if (!result.success && result.failureReason !== 'cancelled') throw new Error(result.failureReason);
  });
}
