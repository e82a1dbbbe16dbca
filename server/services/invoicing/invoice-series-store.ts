import { DomainError } from '../../../shared/errors';
import {
  allocateInvoiceNumber,
  verifySeries,
  type InvoiceNumberAllocation,
  type SeriesKey,
  type SequenceRange,
} from '../../../shared/domain/invoicing/invoice-series';
import type { Invoice, InvoiceKind } from '../../../shared/schemas/invoice';
import { sql } from 'kysely';
import { docText } from '../../db/doc-queries';
import { qb, run, runFirst } from '../../db/kysely';
import type { Queryable } from '../../db/sql-client';
import type { WriteScope } from '../../db/write-scope';

export interface SeriesState {
  series: string;
  kind: InvoiceKind;
  lastSequence: number;
  /** Missing sequences seen so far (a device allocated a number that never arrived). */
  gaps: SequenceRange[];
  updatedAt: string;
}

interface SeriesRow {
  series: string;
  kind: InvoiceKind;
  last_sequence: number;
  /** jsonb: parsed (pg) or text (PGlite). */
  gaps: unknown;
  updated_at: string | Date;
}

function toState(row: SeriesRow): SeriesState {
  return {
    series: row.series,
    kind: row.kind,
    lastSequence: Number(row.last_sequence),
    gaps: (typeof row.gaps === 'string' ? JSON.parse(row.gaps) : row.gaps) as SequenceRange[],
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Key of a series' stored sequences preloaded for a push (see `preloadSeries`). */
const ledgerKey = (storeId: string, series: string): string => `invoice-series:${storeId}:${series}`;

/** Every invoice document of the store, deleted ones included. */
const invoicesOf = (storeId: string) =>
  qb.selectFrom('docs').where('collection', '=', 'invoices').where('store_id', '=', storeId);

/** The stored invoices of a series as id → sequence, one query for all the series given. */
async function storedSequences(
  tx: Queryable,
  storeId: string,
  series: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  // deleted documents count too: a number once issued is never given out again
  const rows = await run(
    tx,
    invoicesOf(storeId)
      .select([
        'id',
        docText('series').as('series'),
        sql<number | string>`(${docText('sequence')})::int`.as('sequence'),
      ])
      .where(docText('series'), 'in', [...series]),
  );
  const bySeries = new Map(series.map((name) => [name, new Map<string, number>()]));
  for (const row of rows) bySeries.get(row.series ?? '')?.set(row.id, Number(row.sequence));
  return bySeries;
}

/**
 * Reads the stored sequences of the series a push issues into, once, before its commands run: each
 * command then checks its number against them and the invoices written since (the scope's cache),
 * and the series rows are written once before commit.
 */
export async function preloadSeries(
  scope: WriteScope,
  storeId: string,
  series: readonly string[],
): Promise<void> {
  if (series.length === 0) return;
  for (const [name, sequences] of await storedSequences(scope.tx, storeId, series))
    scope.preload(ledgerKey(storeId, name), sequences);
}

/** The series' sequences by invoice id: stored (preloaded) ones updated with those this transaction wrote. */
function ledgerSequences(
  scope: WriteScope,
  storeId: string,
  series: string,
): Map<string, number> | undefined {
  const stored = scope.preloaded<Map<string, number>>(ledgerKey(storeId, series));
  if (!stored) return undefined;
  const sequences = new Map(stored);
  for (const doc of scope.cachedWhere<Invoice>('invoices', 'series', series))
    sequences.set(doc.id, doc.data.sequence);
  return sequences;
}

/** Next number of a server-side series (callers hold the write lock; record it with recordInvoiceNumber). */
export async function allocateServerNumber(
  scope: WriteScope,
  storeId: string,
  key: SeriesKey,
): Promise<InvoiceNumberAllocation> {
  const probe = allocateInvoiceNumber(key, 0);
  const ledger = ledgerSequences(scope, storeId, probe.series);
  if (ledger) return allocateInvoiceNumber(key, Math.max(0, ...ledger.values()));
  const row = await runFirst(
    scope.tx,
    qb.selectFrom('invoice_series').select('last_sequence').where('series', '=', probe.series),
  );
  return allocateInvoiceNumber(key, Number(row?.last_sequence ?? 0));
}

/** Writes the series row: its last sequence and open gaps. */
async function writeSeriesRow(
  tx: Queryable,
  storeId: string,
  input: { kind: InvoiceKind; series: string },
  lastSequence: number,
  gaps: readonly SequenceRange[],
): Promise<void> {
  await run(
    tx,
    qb
      .insertInto('invoice_series')
      .values({
        series: input.series,
        store_id: storeId,
        kind: input.kind,
        last_sequence: lastSequence,
        gaps: sql<string>`${JSON.stringify(gaps)}::jsonb`,
        updated_at: sql<Date>`now()`,
      })
      .onConflict((conflict) =>
        conflict.column('series').doUpdateSet((eb) => ({
          last_sequence: sql<number>`GREATEST(invoice_series.last_sequence, EXCLUDED.last_sequence)`,
          gaps: eb.ref('excluded.gaps'),
          updated_at: sql<Date>`now()`,
        })),
      ),
  );
}

function duplicateNumber(
  input: { series: string; number: string },
  existing: readonly number[],
  invoiceId: string | undefined,
): DomainError {
  return new DomainError('CONFLICT', `Invoice number ${input.number} is already taken`, {
    details: {
      reason: 'duplicate_invoice_number',
      number: input.number,
      series: input.series,
      expectedNext: Math.max(...existing, 0) + 1,
      ...(invoiceId ? { invoiceId } : {}),
    },
  });
}

/**
 * Checks a number against its series inside the issuing transaction: a taken number or sequence is a
 * loud 409; a gap is accepted (the invoice exists on paper) but recorded on the series and returned.
 * A series preloaded for the push is checked in memory and its row written once before commit;
 * any other is read and written here.
 */
export async function recordInvoiceNumber(
  scope: WriteScope,
  storeId: string,
  input: { kind: InvoiceKind; series: string; sequence: number; number: string },
): Promise<{ gaps: SequenceRange[] }> {
  const ledger = ledgerSequences(scope, storeId, input.series);
  if (!ledger) return recordInvoiceNumberInDatabase(scope.tx, storeId, input);
  const existing = [...ledger.values()];
  const check = verifySeries(existing, input.sequence);
  if (check.duplicates.length > 0) {
    const taken = [...ledger].find(([, sequence]) => sequence === input.sequence)?.[0];
    throw duplicateNumber(input, existing, taken);
  }
  scope.beforeCommit(ledgerKey(storeId, input.series), async () => {
    // the ledger is gone when SQL wrote documents behind the cache: the database has them all then
    const final =
      ledgerSequences(scope, storeId, input.series) ??
      (await storedSequences(scope.tx, storeId, [input.series])).get(input.series) ??
      new Map<string, number>();
    const { gaps, expectedNext } = verifySeries([...final.values()], []);
    await writeSeriesRow(scope.tx, storeId, input, expectedNext - 1, gaps);
  });
  return { gaps: check.gaps };
}

async function recordInvoiceNumberInDatabase(
  tx: Queryable,
  storeId: string,
  input: { kind: InvoiceKind; series: string; sequence: number; number: string },
): Promise<{ gaps: SequenceRange[] }> {
  const taken = await run(tx, invoicesOf(storeId).select('id').where(docText('number'), '=', input.number));
  const stored = (await storedSequences(tx, storeId, [input.series])).get(input.series);
  const existing = [...(stored?.values() ?? [])];
  const check = verifySeries(existing, input.sequence);
  if (taken[0] || check.duplicates.length > 0) throw duplicateNumber(input, existing, taken[0]?.id);
  await writeSeriesRow(tx, storeId, input, check.expectedNext - 1, check.gaps);
  return { gaps: check.gaps };
}

/** Every series of the store with its last sequence and open gaps (for the admin and the tests). */
export async function listInvoiceSeries(db: Queryable, storeId: string): Promise<SeriesState[]> {
  const rows = await run(
    db,
    qb
      .selectFrom('invoice_series')
      .select(['series', 'kind', 'last_sequence', 'gaps', 'updated_at'])
      .where('store_id', '=', storeId)
      .orderBy('series'),
  );
  return rows.map(toState);
}
