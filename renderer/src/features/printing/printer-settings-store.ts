import {
  defaultPrinterSettings,
  parsePrinterSettings,
  printerSettingsSchema,
  type PrinterInfo,
  type PrinterSettings,
} from '../../../../shared/schemas/printer-settings';

const STORAGE_KEY = 'orderdesk.printer-settings';

/** This workstation's printer settings: the desktop app's settings file, else the browser's localStorage. */
export async function loadPrinterSettings(): Promise<PrinterSettings> {
  if (window.orderDesk) return window.orderDesk.loadPrinterSettings();
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored ? parsePrinterSettings(JSON.parse(stored)) : defaultPrinterSettings();
}

/** Validates and stores the settings on this workstation; returns what was stored. */
export async function savePrinterSettings(settings: PrinterSettings): Promise<PrinterSettings> {
  const valid = printerSettingsSchema.parse(settings);
  if (window.orderDesk) return window.orderDesk.savePrinterSettings(valid);
  localStorage.setItem(STORAGE_KEY, JSON.stringify(valid));
  return valid;
}

/** The printers the operating system offers (none in a browser: documents download as PDF there). */
export async function listPrinters(): Promise<PrinterInfo[]> {
  return window.orderDesk ? window.orderDesk.listPrinters() : [];
}
