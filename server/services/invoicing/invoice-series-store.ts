import { DomainError } from '../../../shared/errors';
import {
  allocateInvoiceNumber,
  verifySeries,
  type InvoiceNumberAllocation,
  type SeriesKey,
  type SequenceRange,
} from '../../../shared/domain/invoicing/invoice-series';
import type { InvoiceKind } from '../../../shared/schemas/invoice';
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
  gaps: SequenceRange[] | string;
  updated_at: string | Date;
}

function toState(row: SeriesRow): SeriesState {
  return {
    series: row.series,
    kind: row.kind,
    lastSequence: Number(row.last_sequence),
    gaps: typeof row.gaps === 'string' ? (JSON.parse(row.gaps) as SequenceRange[]) : row.gaps,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Next number of a server-side series (callers hold the write lock; record it with recordInvoiceNumber). */
export async function allocateServerNumber(tx: Queryable, key: SeriesKey): Promise<InvoiceNumberAllocation> {
  const probe = allocateInvoiceNumber(key, 0);
  const rows = await tx.query<{ last_sequence: number }>(
    'SELECT last_sequence FROM invoice_series WHERE series = $1',
    [probe.series],
  );
  return allocateInvoiceNumber(key, Number(rows[0]?.last_sequence ?? 0));
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
  const taken = await tx.query<{ id: string }>(
    `SELECT id FROM docs WHERE collection = 'invoices' AND store_id = $1 AND data->>'number' = $2`,
    [storeId, input.number],
  );
  const existing = (
    await tx.query<{ sequence: number | string }>(
      `SELECT (data->>'sequence')::int AS sequence FROM docs WHERE collection = 'invoices' AND store_id = $1 AND data->>'series' = $2`,
      [storeId, input.series],
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
  await tx.query(
    `INSERT INTO invoice_series (series, store_id, kind, last_sequence, gaps, updated_at) VALUES ($1, $2, $3, $4, $5::jsonb, now())
     ON CONFLICT (series) DO UPDATE SET last_sequence = GREATEST(invoice_series.last_sequence, EXCLUDED.last_sequence), gaps = EXCLUDED.gaps, updated_at = now()`,
    [input.series, storeId, input.kind, lastSequence, JSON.stringify(check.gaps)],
  );
  return { gaps: check.gaps };
}

/** Every series of the store with its last sequence and open gaps (for the admin and the tests). */
export async function listInvoiceSeries(db: Queryable, storeId: string): Promise<SeriesState[]> {
  const rows = await db.query<SeriesRow>(
    'SELECT series, kind, last_sequence, gaps, updated_at FROM invoice_series WHERE store_id = $1 ORDER BY series',
    [storeId],
  );
  return rows.map(toState);
}
