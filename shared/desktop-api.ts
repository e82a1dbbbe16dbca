import type { PrintDocumentKind, PrinterInfo, PrinterSettings } from './schemas/printer-settings';
import type { ServerCheck } from './server-connection';

/** What the desktop shell can export: decides the save-dialog filter and file extension. */
export type SaveFileKind = 'pdf' | 'csv' | 'xlsx';

/** Outcome of a save dialog; `path` is present only when the file was written. */
export interface SaveFileResult {
  saved: boolean;
  path?: string;
}

/** Where the workstation's server URL comes from. */
export type ServerUrlSource = 'env' | 'config' | 'standalone' | 'none';

/** The workstation's connection setting as main knows it. */
export interface WorkstationConfig {
  /** Base URL of the central server (or of the embedded one in standalone mode); null before setup. */
  serverUrl: string | null;
  /** `env`: ORDER_DESK_SERVER_URL decides and the user cannot change it. */
  source: ServerUrlSource;
  /** This computer's host name, the default workstation name. */
  hostname: string;
}

/** A change of the connection setting asked for by the connect or settings screen. */
export type WorkstationConfigChange =
  | { mode: 'server'; serverUrl: string }
  | { mode: 'standalone'; firstAdmin?: { email: string; password: string } | undefined };

/**
 * The narrow bridge the Electron preload exposes as `window.orderDesk`.
 * Absent when the renderer runs in a plain browser, so callers must feature-detect it.
 */
export interface DesktopApi {
  /** Version of the installed desktop app. */
  appVersion(): Promise<string>;
  /** The server URL setting (config file under the user-data folder, or ORDER_DESK_SERVER_URL). */
  workstationConfig(): Promise<WorkstationConfig>;
  /** "Test connection": asks `<url>/api/v1/health` from main (the page's CSP allows only the saved server). */
  checkServer(serverUrl: string): Promise<ServerCheck>;
  /** Saves a new server URL, or switches to standalone mode (starts the embedded server). */
  setWorkstationConfig(change: WorkstationConfigChange): Promise<WorkstationConfig>;
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
  workstationConfig: 'order-desk:workstation-config',
  setWorkstationConfig: 'order-desk:set-workstation-config',
  checkServer: 'order-desk:check-server',
  printPdf: 'order-desk:print-pdf',
  printPage: 'order-desk:print-page',
  printDocument: 'order-desk:print-document',
  listPrinters: 'order-desk:list-printers',
  loadPrinterSettings: 'order-desk:load-printer-settings',
  savePrinterSettings: 'order-desk:save-printer-settings',
  saveFile: 'order-desk:save-file',
} as const satisfies Record<string, `order-desk:${string}`>;

/** The custom scheme and host the bundled renderer is served from (`app://orderdesk/`). */
export const appScheme = 'app';
export const appHost = 'orderdesk';
