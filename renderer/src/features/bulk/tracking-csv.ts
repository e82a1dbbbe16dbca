import { parseCsv } from '../../../../shared/export/csv';

/**
 * Reads a tracking CSV (order number, carrier, tracking number; a header row is allowed) into
 * shipments for "mark shipped"; unknown orders and incomplete lines are reported, not fatal.
 */
export function parseTrackingCsv(
  text: string,
  findOrderId: (number: string) => string | undefined,
): { shipments: { orderId: string; carrier: string; trackingNumber: string }[]; problems: string[] } {
  const shipments: { orderId: string; carrier: string; trackingNumber: string }[] = [];
  const problems: string[] = [];
  parseCsv(text).forEach((row, index) => {
    const [rawNumber = '', carrier = '', trackingNumber = ''] = row.map((cell) => cell.trim());
    const number = rawNumber.replace(/^#/, '');
    if (!number || (index === 0 && !/\d/.test(number))) return;
    const orderId = findOrderId(number);
    if (!orderId) problems.push(`Line ${index + 1}: order ${number} not found`);
    else if (!carrier || !trackingNumber)
      problems.push(`Line ${index + 1}: carrier and tracking number are required`);
    else shipments.push({ orderId, carrier, trackingNumber });
  });
  return { shipments, problems };
}
