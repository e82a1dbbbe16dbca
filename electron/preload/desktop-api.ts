import { ipcRenderer } from 'electron';
import {
  desktopChannels,
  type DesktopApi,
  type SaveFileKind,
  type SaveFileResult,
  type WorkstationConfig,
} from '../../shared/desktop-api';
import type { PrinterInfo, PrinterSettings } from '../../shared/schemas/printer-settings';
import type { ServerCheck } from '../../shared/server-connection';

/** Builds the bridge object; every call is a named IPC request that main validates. */
export function createDesktopApi(): DesktopApi {
  const saveFile = (bytes: Uint8Array, suggestedName: string, kind: SaveFileKind): Promise<SaveFileResult> =>
    ipcRenderer.invoke(desktopChannels.saveFile, bytes, suggestedName, kind) as Promise<SaveFileResult>;

  return {
    appVersion: () => ipcRenderer.invoke(desktopChannels.appVersion) as Promise<string>,
    workstationConfig: () =>
      ipcRenderer.invoke(desktopChannels.workstationConfig) as Promise<WorkstationConfig>,
    checkServer: (serverUrl) =>
      ipcRenderer.invoke(desktopChannels.checkServer, serverUrl) as Promise<ServerCheck>,
    setWorkstationConfig: (change) =>
      ipcRenderer.invoke(desktopChannels.setWorkstationConfig, change) as Promise<WorkstationConfig>,
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
