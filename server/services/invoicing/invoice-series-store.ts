import { DomainError } from '../../../shared/errors';
import {
  allocateInvoiceNumber,
  verifySeries,
  type InvoiceNumberAllocation,
  type SeriesKey,
  type SequenceRange,
} from '../../../shared/domain/invoicing/invoice-series';
import type { InvoiceKind } from '../../../shared/schemas/invoice';
import { sql } from 'kysely';
import { docText } from '../../db/doc-queries';
import { qb, run, runFirst } from '../../db/kysely';
import type { Queryable } from '../../db/sql-client';

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

/** Next number of a server-side series (callers hold the write lock; record it with recordInvoiceNumber). */
export async function allocateServerNumber(tx: Queryable, key: SeriesKey): Promise<InvoiceNumberAllocation> {
  const probe = allocateInvoiceNumber(key, 0);
  const row = await runFirst(
    tx,
    qb.selectFrom('invoice_series').select('last_sequence').where('series', '=', probe.series),
  );
  return allocateInvoiceNumber(key, Number(row?.last_sequence ?? 0));
}

/**
 * Checks a number against its series inside the issuing transaction: a taken number or sequence is a
 * loud 409; a gap is accepted (the invoice exists on paper) but recorded on the series and returned.
 */
export async function recordInvoiceNumber(
  tx: Queryable,
  storeId: string,
  input: { kind: InvoiceKind; series: string; sequence: number; number: string },
): Promise<{ gaps: SequenceRange[] }> {
  // deleted documents count too: a number once issued is never given out again
  const invoices = qb.selectFrom('docs').where('collection', '=', 'invoices').where('store_id', '=', storeId);
  const taken = await run(tx, invoices.select('id').where(docText('number'), '=', input.number));
  const existing = (
    await run(
      tx,
      invoices
        .select(sql<number | string>`(${docText('sequence')})::int`.as('sequence'))
        .where(docText('series'), '=', input.series),
    )
  ).map((row) => Number(row.sequence));
  const check = verifySeries(existing, input.sequence);
  if (taken[0] || check.duplicates.length > 0) {
    throw new DomainError('CONFLICT', `Invoice number ${input.number} is already taken`, {
      details: {
        reason: 'duplicate_invoice_number',
        number: input.number,
        series: input.series,
        expectedNext: Math.max(...existing, 0) + 1,
        ...(taken[0] ? { invoiceId: taken[0].id } : {}),
      },
    });
  }
  const lastSequence = check.expectedNext - 1;
  await run(
    tx,
    qb
      .insertInto('invoice_series')
      .values({
        series: input.series,
        store_id: storeId,
        kind: input.kind,
        last_sequence: lastSequence,
        gaps: sql<string>`${JSON.stringify(check.gaps)}::jsonb`,
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
