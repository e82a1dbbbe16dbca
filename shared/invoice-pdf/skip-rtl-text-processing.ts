import { jsPDF } from 'jspdf';

/** Arabic, Hebrew, Syriac, Thaana, NKo and their presentation forms: text that needs shaping or bidi. */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

function textOf(payload: unknown): unknown {
  return typeof payload === 'object' && payload !== null && 'text' in payload ? payload.text : payload;
}

/** Whether a jsPDF text payload (a string, or lines as strings or [text, x, y]) holds a right-to-left character. */
export function hasRightToLeftText(payload: unknown): boolean {
  const text = textOf(payload);
  if (typeof text === 'string') return rightToLeft.test(text);
  if (!Array.isArray(text)) return false;
  return text.some((line: unknown) =>
    typeof line === 'string' ? rightToLeft.test(line) : Array.isArray(line) && hasRightToLeftText(line[0]),
  );
}

type TextHandler = (this: unknown, payload: unknown) => unknown;
let installed = false;

/**
 * jsPDF runs its Arabic shaping (`preProcessText`) and its bidi reordering (`postProcessText`) on
 * every text it draws; for left-to-right text both give the text back unchanged, yet cost a pass
 * over every character. This makes both handlers (for every document created afterwards) run only
 * when the text holds a right-to-left character, so such text is still processed as before.
 */
export function skipRtlProcessingOfLtrText(): void {
  if (installed) return;
  installed = true;
  const events = (jsPDF.API as { events?: unknown }).events;
  if (!Array.isArray(events)) return;
  const processArabic: unknown = (jsPDF.API as { processArabic?: unknown }).processArabic;
  for (const entry of events as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[1] !== 'function') continue;
    const [topic, handler] = entry as [string, TextHandler];
    // The bidi engine is the postProcessText handler that is not the UTF-8 text encoder (which every text needs).
    const isArabic = topic === 'preProcessText' && handler === processArabic;
    const isBidi = topic === 'postProcessText' && handler.toString().includes('doBidiReorder');
    if (!isArabic && !isBidi) continue;
    entry[1] = function guarded(this: unknown, payload: unknown): unknown {
      return hasRightToLeftText(payload) ? handler.call(this, payload) : undefined;
    };
  }
}
