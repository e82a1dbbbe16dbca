import { z } from 'zod';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { trackingUrlFor } from '../../../../shared/domain/order/fulfillment';

/** The shipment fields as typed; `quantities[i]` is the ship-now quantity of open line i (ship panel only). */
export interface ShipmentDraft {
  methodId: string;
  carrier: string;
  trackingNumber: string;
  quantities: number[];
}

/** Why a shipment cannot be sent yet (sentence `fulfillment:details.<problem>`). */
export type ShipmentProblem = 'needCarrier' | 'needTracking' | 'needItems' | 'quantityRange';

/** An order line that can still ship: its id and how many units are left. */
export interface OpenLine {
  id: string;
  open: number;
}

/** Method, carrier (typed, else the method's) and trimmed tracking number with its link. */
export interface ShipmentHeader {
  method: ShippingMethod | undefined;
  carrier: string;
  trackingNumber: string;
  trackingUrl: string | null;
}

/** What the ship panel sends: the header, the lines with a quantity, and `rows[i]` (1-based) of line i. */
export interface ShipmentRequest extends ShipmentHeader {
  items: { orderItemId: string; quantity: number }[];
  rows: number[];
}

/** Starting values: the order's method, nothing typed, every open line at its open quantity. */
export function shipmentDraftOf(methodId: string | null, lines: readonly OpenLine[]): ShipmentDraft {
  return {
    methodId: methodId ?? '',
    carrier: '',
    trackingNumber: '',
    quantities: lines.map((line) => line.open),
  };
}

/** The typed carrier, else the chosen method's carrier. */
export function effectiveCarrier(
  methods: readonly ShippingMethod[],
  draft: Pick<ShipmentDraft, 'methodId' | 'carrier'>,
) {
  return draft.carrier.trim() || methods.find((method) => method.id === draft.methodId)?.carrier || '';
}

/**
 * The shipment schema: a carrier (typed or the method's) and a tracking number are needed; with `lines`
 * (the ship panel) each quantity is a whole number from 0 to the line's open units and one is above 0
 * (else the first line is wrong, so it shows the sentence and takes the focus).
 * Each issue's message names its sentence. Without `lines` (pack screen) no items are checked or returned.
 */
export function shipmentDraftSchema(methods: readonly ShippingMethod[], lines: readonly OpenLine[] = []) {
  const draft: z.ZodType<ShipmentDraft, ShipmentDraft> = z.object({
    methodId: z.string(),
    carrier: z.string(),
    trackingNumber: z.string(),
    quantities: z.array(z.number()),
  });
  return draft.transform((value, ctx): ShipmentRequest => {
    const fail = (path: (string | number)[], problem: ShipmentProblem) =>
      ctx.addIssue({ code: 'custom', path, message: problem });
    const picked = lines.flatMap((line, index) => {
      const quantity = value.quantities[index] ?? 0;
      if (!Number.isInteger(quantity) || quantity < 0 || quantity > line.open) {
        fail(['quantities', index], 'quantityRange');
        return [];
      }
      return quantity > 0 ? [{ line: { orderItemId: line.id, quantity }, row: index + 1 }] : [];
    });
    if (lines.length > 0 && picked.length === 0 && ctx.issues.length === 0)
      fail(['quantities', 0], 'needItems');
    const carrier = effectiveCarrier(methods, value);
    if (carrier === '') fail(['carrier'], 'needCarrier');
    const trackingNumber = value.trackingNumber.trim();
    if (trackingNumber === '') fail(['trackingNumber'], 'needTracking');
    if (ctx.issues.length > 0) return z.NEVER;
    const method = methods.find((candidate) => candidate.id === value.methodId);
    return {
      method,
      carrier,
      trackingNumber,
      trackingUrl: trackingUrlFor(method, trackingNumber),
      items: picked.map(({ line }) => line),
      rows: picked.map(({ row }) => row),
    };
  });
}
