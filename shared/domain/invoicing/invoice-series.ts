import type { InvoiceKind } from '../../schemas/invoice';

/** What identifies a series: one per kind, store, device (workstation) and calendar year. */
export interface SeriesKey {
  kind: InvoiceKind;
  /** The store's invoice prefix for invoices (default `INV`); credit notes always use `CN`. */
  invoicePrefix?: string;
  storeCode: string;
  deviceCode: string;
  year: number;
}

export interface InvoiceNumberAllocation {
  series: string;
  sequence: number;
  /** Formatted number, e.g. `INV-PARIS-WS01-2026-000123`. */
  number: string;
}

export interface SequenceRange {
  from: number;
  to: number;
}

export interface SeriesVerification {
  ok: boolean;
  /** Incoming sequences already taken (or repeated within the incoming batch). */
  duplicates: number[];
  /** Missing sequences (inclusive ranges) between 1 and the highest one once the batch is added. */
  gaps: SequenceRange[];
  /** The sequence the next invoice of the series should take. */
  expectedNext: number;
}

const sequenceDigits = 6;
const codePattern = /^[A-Z0-9]{1,8}$/;

/** Series name `INV-<storeCode>-<deviceCode>-<year>` (or `CN-…` for credit notes). */
export function seriesName(key: SeriesKey): string {
  const prefix = key.kind === 'credit_note' ? 'CN' : (key.invoicePrefix ?? 'INV');
  for (const [label, code] of [
    ['prefix', prefix],
    ['store code', key.storeCode],
    ['device code', key.deviceCode],
  ] as const) {
    if (!codePattern.test(code)) throw new RangeError(`Invalid ${label} for an invoice series: ${code}`);
  }
  if (!Number.isInteger(key.year) || key.year < 2000 || key.year > 9999)
    throw new RangeError(`Invalid year ${key.year}`);
  return `${prefix}-${key.storeCode}-${key.deviceCode}-${key.year}`;
}

/** Formats a number within its series, zero-padded to six digits: `INV-…-2026-000123`. */
export function formatInvoiceNumber(series: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence ${sequence}`);
  return `${series}-${String(sequence).padStart(sequenceDigits, '0')}`;
}

/** Splits a formatted number back into series and sequence, or null when it is not one. */
export function parseInvoiceNumber(number: string): { series: string; sequence: number } | null {
  const match = /^(.+)-(\d{6,})$/.exec(number);
  if (!match?.[1] || !match[2]) return null;
  const sequence = Number(match[2]);
  return sequence >= 1 ? { series: match[1], sequence } : null;
}

/** Next number of a series from the last sequence allocated in it (0 when the series is new). */
export function allocateInvoiceNumber(key: SeriesKey, lastSequence: number): InvoiceNumberAllocation {
  if (!Number.isInteger(lastSequence) || lastSequence < 0)
    throw new RangeError(`Invalid last sequence ${lastSequence}`);
  const series = seriesName(key);
  const sequence = lastSequence + 1;
  return { series, sequence, number: formatInvoiceNumber(series, sequence) };
}

/** Checks that incoming sequences keep a series unique and gapless (run by the server on sync). */
export function verifySeries(
  existingSequences: readonly number[],
  incoming: number | readonly number[],
): SeriesVerification {
  const incomingList = typeof incoming === 'number' ? [incoming] : incoming;
  const seen = new Set(existingSequences);
  const duplicates: number[] = [];
  for (const sequence of incomingList) {
    if (seen.has(sequence)) duplicates.push(sequence);
    seen.add(sequence);
  }
  const invalid = incomingList.some((sequence) => !Number.isInteger(sequence) || sequence < 1);
  const gaps = missingRanges(seen);
  return {
    ok: duplicates.length === 0 && gaps.length === 0 && !invalid,
    duplicates: [...new Set(duplicates)].sort((a, b) => a - b),
    gaps,
    expectedNext: [...seen].reduce((max, s) => (s > max ? s : max), 0) + 1,
  };
}

function missingRanges(sequences: ReadonlySet<number>): SequenceRange[] {
  const sorted = [...sequences].filter((s) => Number.isInteger(s) && s >= 1).sort((a, b) => a - b);
  const gaps: SequenceRange[] = [];
  let previous = 0;
  for (const sequence of sorted) {
    if (sequence > previous + 1) gaps.push({ from: previous + 1, to: sequence - 1 });
    previous = sequence;
  }
  return gaps;
}
