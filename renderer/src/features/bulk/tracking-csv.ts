import { parseCsv } from '../../../../shared/export/csv';

/** A CSV line that was skipped, and why. */
export interface CsvProblem {
  line: number;
  kind: 'notFound' | 'incomplete';
  number: string;
}

/**
 * Reads a tracking CSV (order number, carrier, tracking number; a header row is allowed) into
 * shipments for "mark shipped"; unknown orders and incomplete lines are reported, not fatal.
 */
export function parseTrackingCsv(
  text: string,
  findOrderId: (number: string) => string | undefined,
): { shipments: { orderId: string; carrier: string; trackingNumber: string }[]; problems: CsvProblem[] } {
  const shipments: { orderId: string; carrier: string; trackingNumber: string }[] = [];
  const problems: CsvProblem[] = [];
  parseCsv(text).forEach((row, index) => {
    const [rawNumber = '', carrier = '', trackingNumber = ''] = row.map((cell) => cell.trim());
    const number = rawNumber.replace(/^#/, '');
    if (!number || (index === 0 && !/\d/.test(number))) return;
    const orderId = findOrderId(number);
    if (!orderId) problems.push({ line: index + 1, kind: 'notFound', number });
    else if (!carrier || !trackingNumber) problems.push({ line: index + 1, kind: 'incomplete', number });
    else shipments.push({ orderId, carrier, trackingNumber });
  });
  return { shipments, problems };
}
