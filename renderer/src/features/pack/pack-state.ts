import type { Order } from '../../../../shared/schemas/order';
import { normalizeGtin, type GtinRejection } from '../../../../shared/domain/exceptions/gtin';
import { remainingToShip } from '../../../../shared/domain/order/fulfillment';

/** One order line still to pack: how many units remain to ship and how many are in the box. */
export interface PackLine {
  orderItemId: string;
  name: string;
  sku: string | null;
  /** The item's GTIN in its 14-digit form, or null when the item has none (pack it by hand). */
  gtin14: string | null;
  remaining: number;
  packed: number;
}

/** What the last scan did, shown to the packer (green for `packed`, red for everything else). */
export type ScanFeedback =
  | { kind: 'packed'; code: string; orderItemId: string; name: string; packed: number; remaining: number }
  | { kind: 'over_scan'; code: string; orderItemId: string; name: string; remaining: number }
  | { kind: 'wrong_item'; code: string; productName: string | null }
  | { kind: 'invalid'; code: string; reason: GtinRejection; message: string };

export interface PackState {
  lines: PackLine[];
  /** Feedback of the latest scan; `seq` grows with every scan so the same result flashes again. */
  last: (ScanFeedback & { seq: number }) | null;
}

/** Starts packing an order: one line per item with units left to ship (shipped and cancelled units excluded). */
export function startPack(order: Pick<Order, 'items'>): PackState {
  const lines = order.items.flatMap((item): PackLine[] => {
    const remaining = remainingToShip(item);
    if (remaining <= 0) return [];
    const gtin = item.product.gtin ? normalizeGtin(item.product.gtin) : undefined;
    return [
      {
        orderItemId: item.id,
        name: item.product.name,
        sku: item.product.sku ?? null,
        gtin14: gtin?.ok ? gtin.gtin14 : null,
        remaining,
        packed: 0,
      },
    ];
  });
  return { lines, last: null };
}

function withFeedback(state: PackState, lines: PackLine[], feedback: ScanFeedback): PackState {
  return { lines, last: { ...feedback, seq: (state.last?.seq ?? 0) + 1 } };
}

function packLine(state: PackState, orderItemId: string, code: string): PackState {
  const lines = state.lines.map((line) =>
    line.orderItemId === orderItemId ? { ...line, packed: line.packed + 1 } : line,
  );
  const line = lines.find((candidate) => candidate.orderItemId === orderItemId);
  if (!line) return state;
  return withFeedback(state, lines, {
    kind: 'packed',
    code,
    orderItemId,
    name: line.name,
    packed: line.packed,
    remaining: line.remaining,
  });
}

/**
 * Applies one scanned code: a valid GTIN of a line with room packs one unit; a GTIN of a full line is
 * an over-scan; a GTIN not in the order is a wrong item (named from `productNameOf` when the catalog
 * knows it); anything that is not a valid GTIN is refused. Nothing but `packed` changes the counts.
 */
export function scanCode(
  state: PackState,
  rawCode: string,
  productNameOf: (gtin14: string) => string | undefined,
): PackState {
  const code = rawCode.trim();
  const normalized = normalizeGtin(code);
  if (!normalized.ok)
    return withFeedback(state, state.lines, {
      kind: 'invalid',
      code,
      reason: normalized.reason,
      message: normalized.message,
    });
  const matching = state.lines.filter((line) => line.gtin14 === normalized.gtin14);
  const open = matching.find((line) => line.packed < line.remaining);
  if (open) return packLine(state, open.orderItemId, code);
  const full = matching[0];
  if (full)
    return withFeedback(state, state.lines, {
      kind: 'over_scan',
      code,
      orderItemId: full.orderItemId,
      name: full.name,
      remaining: full.remaining,
    });
  return withFeedback(state, state.lines, {
    kind: 'wrong_item',
    code,
    productName: productNameOf(normalized.gtin14) ?? null,
  });
}

/** Packs one unit of a line by hand (no barcode or an unreadable label); refused as an over-scan when full. */
export function packByHand(state: PackState, orderItemId: string): PackState {
  const line = state.lines.find((candidate) => candidate.orderItemId === orderItemId);
  if (!line) return state;
  if (line.packed >= line.remaining) {
    return withFeedback(state, state.lines, {
      kind: 'over_scan',
      code: 'by hand',
      orderItemId,
      name: line.name,
      remaining: line.remaining,
    });
  }
  return packLine(state, orderItemId, 'by hand');
}

/** Takes one unit of a line back out of the box (a mis-pack corrected by the packer). */
export function unpackOne(state: PackState, orderItemId: string): PackState {
  return {
    ...state,
    lines: state.lines.map((line) =>
      line.orderItemId === orderItemId ? { ...line, packed: Math.max(0, line.packed - 1) } : line,
    ),
  };
}

/** Units packed and units to pack over all lines. */
export function packProgress(state: PackState): { packed: number; total: number } {
  return state.lines.reduce(
    (sum, line) => ({ packed: sum.packed + line.packed, total: sum.total + line.remaining }),
    { packed: 0, total: 0 },
  );
}

/** Whether every remaining unit of the order is in the box (only then may it be marked shipped). */
export function isPackComplete(state: PackState): boolean {
  return state.lines.length > 0 && state.lines.every((line) => line.packed === line.remaining);
}

/** The shipment lines for `order.create_shipment`: exactly the packed quantities. */
export function packedShipmentItems(state: PackState): { orderItemId: string; quantity: number }[] {
  return state.lines.flatMap((line) =>
    line.packed > 0 ? [{ orderItemId: line.orderItemId, quantity: line.packed }] : [],
  );
}

/** Units packed per order item: what the workstation keeps until the box ships. */
export type PackedCounts = Readonly<Record<string, number>>;

/** The packed units per line, for saving. */
export function packedCounts(state: PackState): PackedCounts {
  return Object.fromEntries(state.lines.map((line) => [line.orderItemId, line.packed]));
}

/**
 * Puts saved progress back into a fresh pack (after a reload or back/forward); counts are capped at
 * what is still to ship, so an order changed meanwhile (shipped elsewhere, item removed) stays consistent.
 */
export function restorePack(state: PackState, saved: PackedCounts): PackState {
  return {
    ...state,
    lines: state.lines.map((line) => ({
      ...line,
      packed: Math.min(line.remaining, Math.max(0, Math.trunc(saved[line.orderItemId] ?? 0))),
    })),
  };
}

/** Empties the box: every scan of this order is forgotten (the CANCEL-SCAN command). */
export function clearPack(state: PackState): PackState {
  return { lines: state.lines.map((line) => ({ ...line, packed: 0 })), last: null };
}
