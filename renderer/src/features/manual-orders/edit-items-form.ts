import type { Order } from '../../../../shared/schemas/order';
import type { OrderPricingContext } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { editOrderItems } from '../../../../shared/domain/order/manual/edit-order-items';
import { isDomainError, type DomainErrorBody } from '../../../../shared/errors';

/** One line of the item editor: an existing item (by id) or a new product. */
export type ItemLine = { key: string; quantity: number } & (
  { itemId: string; productId: string | null } | { itemId: null; productId: string }
);

export function linesOf(order: Order): ItemLine[] {
  return order.items.map((item) => ({
    key: item.id,
    itemId: item.id,
    productId: item.productId,
    quantity: item.quantity,
  }));
}

/** The `order.edit_items` payload for the lines. */
export function editPayloadOf(
  lines: readonly ItemLine[],
  context: OrderPricingContext,
): Record<string, unknown> {
  return {
    items: lines.map((line) =>
      line.itemId === null
        ? { productId: line.productId, quantity: line.quantity }
        : { itemId: line.itemId, quantity: line.quantity },
    ),
    context,
  };
}

/** Whether the lines say the same as the order's items. */
export function unchanged(order: Order, lines: readonly ItemLine[]): boolean {
  return (
    lines.length === order.items.length &&
    lines.every(
      (line, index) =>
        line.itemId === order.items[index]?.id && line.quantity === order.items[index]?.quantity,
    )
  );
}

/** The order after the edit (shared function, as the server runs it), or why not. */
export function editPreviewOf(
  order: Order,
  lines: readonly ItemLine[],
  context: OrderPricingContext,
): { ok: true; order: Order } | { ok: false; error: DomainErrorBody } {
  try {
    const payload = {
      items: lines.map((line) =>
        line.itemId === null
          ? { productId: line.productId, quantity: line.quantity }
          : { itemId: line.itemId, quantity: line.quantity },
      ),
      context,
    };
    return {
      ok: true,
      order: editOrderItems(order, payload, { commandId: '00000000-0000-7000-8000-000000000000' }).order,
    };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: error.toBody() };
    throw error;
  }
}
