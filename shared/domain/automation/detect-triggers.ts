import type { Order } from '../../schemas/order';
import type { AutomationTrigger, RuleAction } from '../../schemas/automation-rule';

/** The automation triggers a change from `before` to `after` fires (none for an unchanged order or a draft). */
export function detectTriggers(before: Order | null, after: Order): AutomationTrigger[] {
  // a draft fires nothing; confirming it is the order's creation
  if (after.draft === true) return [];
  // a new order that is already paid (storefront checkout) is also an order_paid event
  if (!before || before.draft === true)
    return after.paymentStatus === 'paid' ? ['order_created', 'order_paid'] : ['order_created'];
  const triggers: AutomationTrigger[] = [];
  if (
    after.paymentStatus === 'paid' &&
    (before.paymentStatus === 'unpaid' || before.paymentStatus === 'authorized')
  )
    triggers.push('order_paid');
  if (after.fulfillmentStatus === 'fulfilled' && before.fulfillmentStatus !== 'fulfilled')
    triggers.push('order_fully_shipped');
  if (after.status === 'cancelled' && before.status !== 'cancelled') triggers.push('order_cancelled');
  if (before.openExceptionCount > 0 && after.openExceptionCount === 0) triggers.push('exception_resolved');
  return triggers;
}

/** The order command a rule action becomes, or null for an action this build cannot run yet. */
export function commandForRuleAction(
  action: RuleAction,
): { type: string; payload: Record<string, unknown> } | null {
  switch (action.type) {
    case 'set_status':
      return { type: 'order.set_status', payload: { status: action.status } };
    case 'hold':
      return { type: 'order.set_status', payload: { status: 'on_hold' } };
    case 'add_tag':
      return { type: 'order.add_tags', payload: { tags: [action.tag] } };
    case 'remove_tag':
      return { type: 'order.remove_tags', payload: { tags: [action.tag] } };
    case 'assign_shipping_method':
      return { type: 'order.update', payload: { shippingMethodId: action.shippingMethodId } };
    case 'issue_invoice':
      return null;
  }
}
