/**
 * Command barcodes a packer scans instead of using the mouse. The encoded text is letters only
 * (a `CMD` prefix and the command): wedge scanners emulate a keyboard, and punctuation such as `-`
 * or `:` comes out differently under a German keyboard layout, letters do not (except Y/Z, avoided).
 */
export const packCommands = ['ship', 'partial', 'next', 'cancel_scan'] as const;
export type PackCommand = (typeof packCommands)[number];

/** The text each command barcode encodes and the label printed under it. */
export const packCommandBarcodes: Readonly<Record<PackCommand, { code: string; label: string }>> = {
  ship: { code: 'CMDSHIP', label: 'SHIP' },
  partial: { code: 'CMDPARTIAL', label: 'PARTIAL' },
  next: { code: 'CMDNEXT', label: 'NEXT' },
  cancel_scan: { code: 'CMDCANCELSCAN', label: 'CANCEL-SCAN' },
};

/** The command a scanned text stands for (case and surrounding blanks ignored), or null for anything else. */
export function parsePackCommand(scanned: string): PackCommand | null {
  const text = scanned.trim().toUpperCase();
  return packCommands.find((command) => packCommandBarcodes[command].code === text) ?? null;
}
