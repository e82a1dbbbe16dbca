/** TrueType tables by tag, as jsPDF's subsetter hands them over (byte arrays). */
export type FontTables = Record<string, ArrayLike<number>>;

function paddedLength(length: number): number {
  return Math.ceil(length / 4) * 4;
}

/** The TrueType checksum: the sum of the big-endian 32-bit words (zero padded), modulo 2^32. */
function checksum(view: DataView, start: number, length: number): number {
  let sum = 0;
  for (let at = start; at < start + length; at += 4) sum += view.getUint32(at);
  return sum % 0x100000000;
}

/**
 * Writes a TrueType file from its tables: the table directory (in the tables' order), each table
 * 4-byte aligned, and the `head` checksum adjustment (summed with the table's adjustment as found,
 * as jsPDF does). The same bytes as jsPDF's own directory
 * encoder, which builds the file one byte at a time in plain arrays and was a large part of the
 * time to render one invoice PDF.
 */
export function encodeFontFile(scalarType: number, tables: FontTables): Uint8Array {
  const tags = Object.keys(tables);
  const log2 = Math.log(2);
  const searchRange = Math.floor(Math.log(tags.length) / log2) * 16;
  const entrySelector = Math.floor(searchRange / log2);
  const rangeShift = tags.length * 16 - searchRange;
  const directoryLength = 12 + tags.length * 16;
  const total = tags.reduce((sum, tag) => sum + paddedLength(tables[tag]?.length ?? 0), directoryLength);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, scalarType >>> 0);
  view.setUint16(4, tags.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, entrySelector);
  view.setUint16(10, rangeShift);
  let offset = directoryLength;
  let headOffset = 0;
  tags.forEach((tag, index) => {
    const table = tables[tag] ?? [];
    const entry = 12 + index * 16;
    for (let i = 0; i < 4; i += 1) bytes[entry + i] = tag.charCodeAt(i);
    bytes.set(table, offset);
    view.setUint32(entry + 4, checksum(view, offset, paddedLength(table.length)));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    if (tag === 'head') headOffset = offset;
    offset += paddedLength(table.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(view, 0, total)) >>> 0);
  return bytes;
}
