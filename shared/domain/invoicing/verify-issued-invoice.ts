import { isDomainError } from '../../errors';
import type { Invoice } from '../../schemas/invoice';
import { computeTotals } from '../order/compute-totals';

/**
 * Checks an invoice a device issued (the document of record) against itself and against the invoice
 * the server would build from its own copy of the order. Returns human-readable problems; an empty
 * list means the two agree. Never changes the invoice: a problem is corrected by a credit note.
 */
export function verifyIssuedInvoice(issued: Invoice, expected: () => Invoice): string[] {
  return [...arithmeticProblems(issued), ...vatRuleProblems(issued), ...orderProblems(issued, expected)];
}

/** JSON with object keys sorted, so stored documents (whose key order a database may change) compare by value. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Totals and per-rate VAT recomputed from the lines (VAT.md rounding) must equal what was printed. */
export function arithmeticProblems(invoice: Invoice): string[] {
  const totals = computeTotals(invoice.lines.map((line) => ({ net: line.lineNet, vatRate: line.vatRate })));
  const problems: string[] = [];
  if (
    totals.net !== invoice.totals.net ||
    totals.vat !== invoice.totals.vat ||
    totals.gross !== invoice.totals.gross
  ) {
    problems.push(
      `Totals do not add up: lines give net ${totals.net}, VAT ${totals.vat}, gross ${totals.gross}; the invoice says ${invoice.totals.net}, ${invoice.totals.vat}, ${invoice.totals.gross}`,
    );
  }
  if (canonical(totals.byRate) !== canonical(invoice.vatBreakdown))
    problems.push('The per-rate VAT breakdown does not match the lines');
  return problems;
}

/** Exempt treatments charge no VAT; taxed ones name the country whose rates apply. */
function vatRuleProblems(invoice: Invoice): string[] {
  const exempt = invoice.vatTreatment === 'intra_eu_reverse_charge' || invoice.vatTreatment === 'export';
  if (exempt && invoice.lines.some((line) => line.vatRate !== 0))
    return [`A ${invoice.vatTreatment} invoice charges VAT on some lines`];
  if (!exempt && invoice.vatCountry === null)
    return [`A ${invoice.vatTreatment} invoice names no country of VAT`];
  return [];
}

/** Differences from the invoice the server builds from its current copy of the order. */
function orderProblems(issued: Invoice, expected: () => Invoice): string[] {
  let server: Invoice;
  try {
    server = expected();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return [`The server's copy of the order could not be invoiced: ${error.message}`];
  }
  const problems: string[] = [];
  if (server.vatTreatment !== issued.vatTreatment)
    problems.push(`VAT treatment ${issued.vatTreatment} differs from the order's ${server.vatTreatment}`);
  if (server.totals.gross !== issued.totals.gross)
    problems.push(`Total ${issued.totals.gross} differs from the order's ${server.totals.gross}`);
  const lineKey = (invoice: Invoice): string =>
    JSON.stringify(
      invoice.lines.map((line) => [line.orderItemId, line.quantity, line.lineNet, line.vatRate]),
    );
  if (lineKey(server) !== lineKey(issued))
    problems.push('Lines (items, quantities, prices or rates) differ from the order');
  if (canonical(server.buyer) !== canonical(issued.buyer))
    problems.push("Buyer name, address or VAT number differs from the order's");
  return problems;
}
