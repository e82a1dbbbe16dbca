import { BrowserWindow, app, dialog, ipcMain, type FileFilter, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { desktopChannels, type SaveFileKind, type SaveFileResult } from '../../../shared/desktop-api';
import { assertTrustedSender, type TrustedOrigins } from '../security';
import { safeFileName } from './safe-file-name';

const maxFileBytes = 200 * 1024 * 1024;

const filters = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV file', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
} satisfies Record<SaveFileKind, FileFilter>;

const saveFileArgs = z.tuple([
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= maxFileBytes, 'File is too large'),
  z.string().trim().min(1).max(200),
  z.enum(['pdf', 'csv', 'xlsx']),
]);

/** Shows the save dialog and writes the bytes where the user chose. */
async function saveFile(
  owner: BrowserWindow | null,
  bytes: Uint8Array,
  suggestedName: string,
  kind: SaveFileKind,
): Promise<SaveFileResult> {
  const options = {
    title: 'Save file',
    defaultPath: join(app.getPath('downloads'), safeFileName(suggestedName, kind)),
    filters: [filters[kind]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  } satisfies SaveDialogOptions;
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeFile(choice.filePath, bytes);
  return { saved: true, path: choice.filePath };
}

/** Handles "save as" requests for exports and documents. */
export function registerSaveFileIpc(trusted: TrustedOrigins): void {
  ipcMain.handle(desktopChannels.saveFile, async (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [bytes, suggestedName, kind] = saveFileArgs.parse(args);
    return saveFile(BrowserWindow.fromWebContents(event.sender), bytes, suggestedName, kind);
  });
}
