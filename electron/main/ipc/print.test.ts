import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { desktopChannels } from '../../../shared/desktop-api';
import { defaultPrinterSettings, type PrinterSettings } from '../../../shared/schemas/printer-settings';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
interface PrintCall {
  options: Record<string, unknown>;
  loadedFile: string;
}

/** What the fake Electron saw: IPC handlers by channel, print calls, and what the next print answers. */
const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  prints: [] as PrintCall[],
  nextResult: { success: true, failureReason: '' },
  shown: 0,
}));

vi.mock('electron', () => {
  class FakeBrowserWindow {
    private loadedFile = '';
    private closedListener: (() => void) | undefined;
    readonly webContents = {
      print: (options: Record<string, unknown>, callback: (success: boolean, reason: string) => void) => {
        electron.prints.push({ options, loadedFile: this.loadedFile });
        callback(electron.nextResult.success, electron.nextResult.failureReason);
      },
    };
    loadFile(file: string): Promise<void> {
      this.loadedFile = file;
      return Promise.resolve();
    }
    once(_event: 'closed', listener: () => void): void {
      this.closedListener = listener;
    }
    close(): void {
      this.closedListener?.();
    }
    show(): void {
      electron.shown += 1;
    }
  }
  return {
    app: { getPath: () => tmpdir() },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: (channel: string, handler: Handler) => electron.handlers.set(channel, handler) },
  };
});

const { registerPrintIpc } = await import('./print');

const trusted = { appOrigin: 'app://orderdesk', serverUrl: 'http://127.0.0.1:4173' };
const appPage = {
  senderFrame: { url: 'app://orderdesk/index.html#/pack' },
  sender: {
    getPrintersAsync: () =>
      Promise.resolve([
        { name: 'Zebra_GK420', displayName: 'Zebra GK420', description: 'Label', options: {} },
      ]),
  },
};
const pdf = new TextEncoder().encode('%PDF-1.7 test');

function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(appPage, ...args);
}

let settingsFile = '';
beforeEach(async () => {
  electron.handlers.clear();
  electron.prints.length = 0;
  electron.nextResult = { success: true, failureReason: '' };
  electron.shown = 0;
  settingsFile = join(await mkdtemp(join(tmpdir(), 'printer-settings-')), 'printer-settings.json');
  registerPrintIpc(trusted, settingsFile);
});

function withPackingSlip(setting: Partial<PrinterSettings['documents']['packing_slip']>): PrinterSettings {
  const settings = defaultPrinterSettings();
  settings.documents.packing_slip = { ...settings.documents.packing_slip, ...setting };
  return settings;
}

describe('print IPC', () => {
  it('prints a document with the printer, silent flag and copies stored for its kind', async () => {
    await invoke(
      desktopChannels.savePrinterSettings,
      withPackingSlip({ deviceName: 'Zebra_GK420', silent: true, copies: 2 }),
    );
    await invoke(desktopChannels.printDocument, pdf, 'Packing slip #1001', 'packing_slip');
    expect(electron.prints).toHaveLength(1);
    expect(electron.prints[0]?.options).toMatchObject({ silent: true, deviceName: 'Zebra_GK420', copies: 2 });
    expect(electron.prints[0]?.loadedFile).toMatch(/order-desk-print-.*\.pdf$/);
  });

  it('uses the dialog on the default printer for a kind left at its defaults', async () => {
    await invoke(
      desktopChannels.savePrinterSettings,
      withPackingSlip({ deviceName: 'Zebra_GK420', silent: true }),
    );
    await invoke(desktopChannels.printDocument, pdf, 'Pick list', 'pick_list');
    const options = electron.prints[0]?.options ?? {};
    expect(options).toMatchObject({ silent: false, copies: 1 });
    expect(options).not.toHaveProperty('deviceName');
  });

  it('rejects a failed silent job so the print queue can retry it, and shows the viewer for a failed dialog job', async () => {
    await invoke(desktopChannels.savePrinterSettings, withPackingSlip({ silent: true }));
    electron.nextResult = { success: false, failureReason: 'Printer offline' };
    await expect(invoke(desktopChannels.printDocument, pdf, 'Slip', 'packing_slip')).rejects.toThrow(
      'Printer offline',
    );
    await invoke(desktopChannels.printDocument, pdf, 'Invoice', 'invoice');
    expect(electron.shown).toBe(1);
  });

  it('validates settings in main: bad input is refused and nothing is written', async () => {
    const bad = withPackingSlip({ copies: 0 });
    await expect(invoke(desktopChannels.savePrinterSettings, bad)).rejects.toThrow();
    await expect(readFile(settingsFile, 'utf8')).rejects.toThrow();
    await writeFile(settingsFile, '{ not json');
    expect(await invoke(desktopChannels.loadPrinterSettings)).toEqual(defaultPrinterSettings());
  });

  it('refuses a non-PDF, an unknown kind and an untrusted page', async () => {
    await expect(
      invoke(desktopChannels.printDocument, new TextEncoder().encode('<html>'), 'x', 'invoice'),
    ).rejects.toThrow();
    await expect(invoke(desktopChannels.printDocument, pdf, 'x', 'label')).rejects.toThrow();
    const handler = electron.handlers.get(desktopChannels.printDocument);
    await expect(
      handler?.({ ...appPage, senderFrame: { url: 'https://evil.example/' } }, pdf, 'x', 'invoice'),
    ).rejects.toThrow('untrusted');
    expect(electron.prints).toHaveLength(0);
  });

  it('lists the printers of the operating system', async () => {
    expect(await invoke(desktopChannels.listPrinters)).toEqual([
      { name: 'Zebra_GK420', displayName: 'Zebra GK420', description: 'Label' },
    ]);
  });
});
