import { jsPDF } from 'jspdf';
import { encodeFontFile, type FontTables } from './encode-font-file';

/** The parts of jsPDF's (untyped) TTFFont that the cache touches. */
interface ParsedTrueTypeFont {
  /** The TTF bytes it was parsed from. */
  rawData: Uint8Array;
  /** Glyph id → character code, filled by every text drawn with the font: per document. */
  toUnicode: Record<number, number>;
  /** The table directory; its `encode` writes each document's font subset file. */
  directory: { scalarType: number; encode(tables: FontTables): ArrayLike<number> };
}

interface TrueTypeFontParser {
  open(file: Uint8Array): ParsedTrueTypeFont;
}

function hasFontParser(api: object): api is { TTFFont: TrueTypeFontParser } {
  return 'TTFFont' in api && typeof api.TTFFont === 'function' && 'open' in api.TTFFont;
}

/** Byte equality, four bytes at a time (the fonts are compared for every document). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  const words = a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0 ? a.length >> 2 : 0;
  const wordsA = new Uint32Array(a.buffer, a.byteOffset, words);
  const wordsB = new Uint32Array(b.buffer, b.byteOffset, words);
  for (let i = 0; i < words; i += 1) if (wordsA[i] !== wordsB[i]) return false;
  for (let i = words * 4; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A shallow copy with the same prototype (jsPDF checks `instanceof TTFFont` and
 * `hasOwnProperty('cmap')`), sharing the parsed tables, with its own ToUnicode map.
 */
function viewOf(font: ParsedTrueTypeFont): ParsedTrueTypeFont {
  const prototype: object | null = Object.getPrototypeOf(font) as object | null;
  return Object.assign(Object.create(prototype) as ParsedTrueTypeFont, font, { toUnicode: {} });
}

let installed = false;

/**
 * jsPDF parses the TTF of every embedded font again for every document (tables, cmap, metrics,
 * glyph offsets), which is a large part of rendering one invoice. This parses each distinct font
 * file once per process and hands every document its own view of it: the parsed tables are only
 * read afterwards, and what a document writes (used glyphs, widths, the ToUnicode map, set on the
 * font by jsPDF's `addFont` handler and its text encoding) lives on the view. So a document's bytes
 * do not depend on what was rendered before it.
 */
export function reuseParsedFonts(): void {
  const api: object = jsPDF.API;
  if (installed || !hasFontParser(api)) return;
  installed = true;
  const parser = api.TTFFont;
  const parseOnce = parser.open.bind(parser);
  const parsed: ParsedTrueTypeFont[] = [];
  parser.open = (file: Uint8Array): ParsedTrueTypeFont => {
    let font = parsed.find((candidate) => sameBytes(candidate.rawData, file));
    if (!font) {
      font = parseOnce(file);
      const { directory } = font;
      directory.encode = (tables) => encodeFontFile(directory.scalarType, tables);
      parsed.push(font);
    }
    return viewOf(font);
  };
}
