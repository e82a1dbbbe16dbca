import type { Command } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import { remainingToShip, shippableStatuses } from '../../shared/domain/order/fulfillment';
import { formatInvoiceNumber } from '../../shared/domain/invoicing/invoice-series';
import { newId } from '../../shared/ids';

export type MixKind = 'ship' | 'partialShip' | 'refund' | 'cancel' | 'edit' | 'tag' | 'invoice';

export interface MixActor {
  userId: string;
  deviceId: string;
  /** The device's invoice series (invoice.issue numbers are allocated on the device). */
  series: string;
}

const unshippedStatuses: readonly Order['status'][] = ['pending', 'confirmed', 'processing'];

function shippable(order: Order): boolean {
  return (
    shippableStatuses.includes(order.status) &&
    order.openExceptionCount === 0 &&
    order.items.some((item) => item.productId !== null && remainingToShip(item) > 0)
  );
}

function refundable(order: Order): boolean {
  const refunded = (order.refunds ?? []).reduce((sum, refund) => sum + refund.amount, 0);
  return (
    order.paymentStatus === 'paid' && order.totals.gross - refunded > 500 && order.status !== 'cancelled'
  );
}

/** Which kinds of the mix an order can take, in the order the mix prefers them. */
function kindsFor(order: Order, invoiced: ReadonlySet<string>): MixKind[] {
  const kinds: MixKind[] = ['tag', 'edit'];
  if (shippable(order)) kinds.push('ship', 'partialShip');
  if (refundable(order)) kinds.push('refund');
  if (unshippedStatuses.includes(order.status) && order.items.every((item) => item.quantityShipped === 0))
    kinds.push('cancel');
  if (
    order.status !== 'cancelled' &&
    order.openExceptionCount === 0 &&
    !invoiced.has(order.id) &&
    order.draft !== true
  )
    kinds.push('invoice');
  return kinds;
}

function payloadFor(
  kind: MixKind,
  order: Order,
  actor: MixActor,
  sequence: () => number,
): { type: string; payload: unknown } {
  const open = order.items.filter((item) => item.productId !== null && remainingToShip(item) > 0);
  switch (kind) {
    case 'ship':
      return {
        type: 'order.create_shipment',
        payload: {
          shipmentId: newId(),
          carrier: 'DHL',
          trackingNumber: `BENCH${order.number}`,
          items: open.map((item) => ({ orderItemId: item.id, quantity: remainingToShip(item) })),
        },
      };
    case 'partialShip':
      return {
        type: 'order.create_shipment',
        payload: {
          shipmentId: newId(),
          carrier: 'DHL',
          trackingNumber: `BENCHP${order.number}`,
          items: [{ orderItemId: open[0]?.id ?? '', quantity: 1 }],
        },
      };
    case 'refund':
      return {
        type: 'order.refund',
        payload: { refundId: newId(), amount: 250, reason: 'Goodwill', restock: false },
      };
    case 'cancel':
      return { type: 'order.cancel', payload: { reason: 'Customer asked' } };
    case 'edit':
      return {
        type: 'order.update',
        // an address change (which re-runs the VAT decision) while nothing has shipped, else the notes
        payload: {
          notes: `Call before delivery (${order.number})`,
          ...(unshippedStatuses.includes(order.status) &&
          order.items.every((item) => item.quantityShipped === 0)
            ? { shippingAddress: { ...order.shippingAddress, line2: 'Hinterhaus' } }
            : {}),
        },
      };
    case 'tag':
      return { type: 'order.add_tags', payload: { tags: ['bench'] } };
    case 'invoice': {
      const n = sequence();
      return {
        type: 'invoice.issue',
        payload: {
          invoiceId: newId(),
          orderId: order.id,
          number: formatInvoiceNumber(actor.series, n),
          series: actor.series,
          sequence: n,
          issueDate: new Date().toISOString().slice(0, 10),
        },
      };
    }
  }
}

/**
 * One command per order, spread over the seven kinds as evenly as the orders allow (an order takes
 * the rarest kind it qualifies for), so the mix is realistic and every command can apply.
 */
export function mixCommands(
  orders: readonly Order[],
  actor: MixActor,
  invoiced: ReadonlySet<string> = new Set(),
): { commands: Command[]; counts: Record<MixKind, number> } {
  const counts: Record<MixKind, number> = {
    ship: 0,
    partialShip: 0,
    refund: 0,
    cancel: 0,
    edit: 0,
    tag: 0,
    invoice: 0,
  };
  let next = 0;
  const sequence = (): number => (next += 1);
  const commands: Command[] = [];
  for (const order of orders) {
    if (order.draft === true) continue;
    const kinds = kindsFor(order, invoiced).filter(
      (kind) => kind !== 'partialShip' || order.items.some((item) => remainingToShip(item) > 1),
    );
    const kind = kinds.reduce((rarest, candidate) =>
      counts[candidate] < counts[rarest] ? candidate : rarest,
    );
    counts[kind] += 1;
    const { type, payload } = payloadFor(kind, order, actor, sequence);
    commands.push({
      id: newId(),
      type,
      targetId: type === 'invoice.issue' ? (payload as { invoiceId: string }).invoiceId : order.id,
      expectedVersion: type === 'invoice.issue' ? order.version : null,
      payload,
      userId: actor.userId,
      deviceId: actor.deviceId,
      createdAt: new Date().toISOString(),
    });
  }
  return { commands, counts };
}
