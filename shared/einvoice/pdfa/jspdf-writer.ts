import type { jsPDF } from 'jspdf';

/** A stream as jsPDF's `putStream` writes it (dictionary entries besides /Length and /Filter). */
export interface JsPdfStream {
  /** Binary string, one char per byte. */
  data: string;
  /** `['FlateEncode']` to compress, `[]` to write as is. */
  filters: string[];
  objectId: number;
  additionalKeyValues: { key: string; value: string }[];
}

/** The parts of jsPDF's (untyped) plugin API that write extra objects while the document is built. */
export interface JsPdfWriter {
  /** Starts the next object (`n 0 obj`) and returns its number. */
  newObject(): number;
  write(line: string): void;
  putStream(stream: JsPdfStream): void;
  pdfEscape(text: string): string;
  setPdfVersion(version: string): void;
}

interface UntypedInternals {
  newObject: () => number;
  write: (line: string) => void;
  putStream: (stream: JsPdfStream) => void;
  pdfEscape: (text: string) => string;
}

function hasWriter(internal: object): internal is UntypedInternals {
  return ['newObject', 'write', 'putStream', 'pdfEscape'].every(
    (name) => typeof (internal as Record<string, unknown>)[name] === 'function',
  );
}

function hasVersionSetter(api: object): api is { __private__: { setPdfVersion: (version: string) => void } } {
  const hidden: unknown = (api as Record<string, unknown>).__private__;
  return typeof hidden === 'object' && hidden !== null && 'setPdfVersion' in hidden;
}

/** Typed access to jsPDF's object writer; throws when a jsPDF update removed a part of it. */
export function jsPdfWriter(doc: jsPDF): JsPdfWriter {
  const internal: object = doc.internal;
  if (!hasWriter(internal) || !hasVersionSetter(doc))
    throw new Error('jsPDF no longer exposes its object writer (newObject, putStream, setPdfVersion)');
  return {
    newObject: () => internal.newObject(),
    write: (line) => internal.write(line),
    putStream: (stream) => internal.putStream(stream),
    pdfEscape: (text) => internal.pdfEscape(text),
    setPdfVersion: (version) => doc.__private__.setPdfVersion(version),
  };
}
