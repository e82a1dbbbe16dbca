/** An amount in integer minor units of its currency (written in major units with the currency's decimals). */
export interface MoneyCell {
  minor: number;
  currency: string;
}

/** A cell of an export table: text, a number, a date, an amount of money, or empty. */
export type ExportCell = string | number | Date | MoneyCell | null;

/**
 * How a column is shown in a spreadsheet. `percent` cells hold percentage points (19 or 5.5 for
 * 19 % and 5.5 %); `money` cells are MoneyCells.
 */
export type CellFormat = 'text' | 'integer' | 'money' | 'percent' | 'date';

/** A table ready to be serialised: a header row and data rows of the same width. */
export interface ExportTable {
  headers: readonly string[];
  formats: readonly CellFormat[];
  rows: readonly (readonly ExportCell[])[];
}

export function isMoneyCell(cell: ExportCell): cell is MoneyCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}
