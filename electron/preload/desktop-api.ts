import { ipcRenderer } from 'electron';
import {
  desktopChannels,
  serverUrlArgPrefix,
  type DesktopApi,
  type SaveFileKind,
  type SaveFileResult,
} from '../../shared/desktop-api';
import type { PrinterInfo, PrinterSettings } from '../../shared/schemas/printer-settings';

/** Reads the embedded server URL that main passed through `additionalArguments`. */
export function readServerUrl(argv: readonly string[]): string {
  const arg = argv.find((value) => value.startsWith(serverUrlArgPrefix));
  return arg === undefined ? '' : arg.slice(serverUrlArgPrefix.length);
}

/** Builds the bridge object; every call is a named IPC request that main validates. */
export function createDesktopApi(serverUrl: string): DesktopApi {
  const saveFile = (bytes: Uint8Array, suggestedName: string, kind: SaveFileKind): Promise<SaveFileResult> =>
    ipcRenderer.invoke(desktopChannels.saveFile, bytes, suggestedName, kind) as Promise<SaveFileResult>;

  return {
    serverUrl,
    appVersion: () => ipcRenderer.invoke(desktopChannels.appVersion) as Promise<string>,
    printPdf: async (bytes, title) => {
      await ipcRenderer.invoke(desktopChannels.printPdf, bytes, title);
    },
    printDocument: async (bytes, title, kind) => {
      await ipcRenderer.invoke(desktopChannels.printDocument, bytes, title, kind);
    },
    listPrinters: () => ipcRenderer.invoke(desktopChannels.listPrinters) as Promise<PrinterInfo[]>,
    loadPrinterSettings: () =>
      ipcRenderer.invoke(desktopChannels.loadPrinterSettings) as Promise<PrinterSettings>,
    savePrinterSettings: (settings) =>
      ipcRenderer.invoke(desktopChannels.savePrinterSettings, settings) as Promise<PrinterSettings>,
    printPage: async () => {
      await ipcRenderer.invoke(desktopChannels.printPage);
    },
    savePdf: (bytes, suggestedName) => saveFile(bytes, suggestedName, 'pdf'),
    saveFile,
  } satisfies DesktopApi;
}
