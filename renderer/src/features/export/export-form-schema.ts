import { z } from 'zod';
import { csvDialects, type CsvDialect } from '../../../../shared/export/csv';
import {
  defaultLineColumns,
  defaultOrderColumns,
  lineExportColumns,
  orderExportColumns,
} from '../../../../shared/export/order-export';

/** The export dialog's fields as chosen. */
export interface ExportDraft {
  scope: 'filtered' | 'selection';
  rows: 'order' | 'line';
  format: 'csv' | 'xlsx';
  dialect: CsvDialect;
  /** The columns ticked for one row per order, and for one row per line (each kept while the other is shown). */
  orderColumns: string[];
  lineColumns: string[];
}

/** Why an export cannot start (sentence `export:problem.<problem>`). */
export type ExportProblem = 'noSelection' | 'needColumn';

/** What the dialog exports: which orders, one row per order or per line, the file, the columns in table order. */
export interface ExportRequest {
  scope: 'filtered' | 'selection';
  lines: boolean;
  format: 'csv' | 'xlsx';
  dialect: CsvDialect;
  columns: string[];
}

export const emptyExportDraft: ExportDraft = {
  scope: 'filtered',
  rows: 'order',
  format: 'csv',
  dialect: 'rfc4180',
  orderColumns: [...defaultOrderColumns],
  lineColumns: [...defaultLineColumns],
};

/** The column catalogue of one row per line (`lines`) or per order. */
export function exportColumnsOf(lines: boolean): Record<string, { label: string }> {
  return lines ? lineExportColumns : orderExportColumns;
}

/**
 * The export dialog's schema while `selectedCount` orders are selected: "selected orders" needs a
 * selection, and at least one column of the shown catalogue must be ticked (the issue lands on that
 * catalogue's field). The output lists the ticked columns in the catalogue's order.
 */
export function exportDraftSchema(selectedCount: number) {
  const draft: z.ZodType<ExportDraft, ExportDraft> = z.object({
    scope: z.enum(['filtered', 'selection']),
    rows: z.enum(['order', 'line']),
    format: z.enum(['csv', 'xlsx']),
    dialect: z.enum(csvDialects),
    orderColumns: z.array(z.string()),
    lineColumns: z.array(z.string()),
  });
  return draft.transform((value, ctx): ExportRequest => {
    const lines = value.rows === 'line';
    const chosen = lines ? value.lineColumns : value.orderColumns;
    const columns = Object.keys(exportColumnsOf(lines)).filter((key) => chosen.includes(key));
    let failed = false;
    const problem = (field: keyof ExportDraft, message: ExportProblem): void => {
      failed = true;
      ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (value.scope === 'selection' && selectedCount === 0) problem('scope', 'noSelection');
    if (columns.length === 0) problem(lines ? 'lineColumns' : 'orderColumns', 'needColumn');
    if (failed) return z.NEVER;
    return { scope: value.scope, lines, format: value.format, dialect: value.dialect, columns };
  });
}
