import type { SaveFileKind } from '../../../../shared/desktop-api';

/** Saves bytes through the desktop bridge when present, else as a browser download. */
export async function downloadFile(
  bytes: Uint8Array | string,
  fileName: string,
  kind: SaveFileKind,
  mime: string,
): Promise<void> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  if (window.orderDesk) {
    await window.orderDesk.saveFile(data, fileName, kind);
    return;
  }
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
