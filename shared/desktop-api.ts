import type { PrintDocumentKind, PrinterInfo, PrinterSettings } from './schemas/printer-settings';

/** What the desktop shell can export: decides the save-dialog filter and file extension. */
export type SaveFileKind = 'pdf' | 'csv' | 'xlsx';

/** Outcome of a save dialog; `path` is present only when the file was written. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

/**
 * The narrow bridge the Electron preload exposes as `window.orderDesk`.
 * Absent when the renderer runs in a plain browser, so callers must feature-detect it.
 */
export interface DesktopApi {
  /** Base URL of the embedded server the renderer talks to (tRPC at /trpc, REST at /api/v1). */
  serverUrl: string;
  /** Version of the installed desktop app. */
  appVersion(): Promise<string>;
  /** Opens the system print dialog for a PDF document (invoice, packing slip). */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
  /** Prints a PDF with this workstation's settings for its kind (printer, silent or dialog, copies). */
  printDocument(bytes: Uint8Array, title: string, kind: PrintDocumentKind): Promise<void>;
  /** The printers the operating system offers. */
  listPrinters(): Promise<PrinterInfo[]>;
  /** This workstation's printer settings (a file in the app's user data folder). */
  loadPrinterSettings(): Promise<PrinterSettings>;
  /** Validates and stores this workstation's printer settings; returns what was stored. */
  savePrinterSettings(settings: PrinterSettings): Promise<PrinterSettings>;
  /** Opens the system print dialog for the current window. */
  printPage(): Promise<void>;
  /** Asks where to save a PDF and writes it there. */
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<SaveFileResult>;
  /** Asks where to save an export (PDF, CSV or XLSX) and writes it there. */
  saveFile(bytes: Uint8Array, suggestedName: string, kind: SaveFileKind): Promise<SaveFileResult>;
}

/** IPC channel names shared by the preload (sender) and the main process (handler). */
export const desktopChannels = {
  appVersion: 'order-desk:app-version',
  printPdf: 'order-desk:print-pdf',
  printPage: 'order-desk:print-page',
  printDocument: 'order-desk:print-document',
  listPrinters: 'order-desk:list-printers',
  loadPrinterSettings: 'order-desk:load-printer-settings',
  savePrinterSettings: 'order-desk:save-printer-settings',
  saveFile: 'order-desk:save-file',
} as const satisfies Record<string, `order-desk:${string}`>;

/** Command-line switch that carries the server URL from main into the sandboxed preload. */
export const serverUrlArgPrefix = '--order-desk-server=';
