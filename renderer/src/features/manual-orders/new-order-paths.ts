import type { FieldPath } from 'react-hook-form';
import type { NewOrderDraft } from './new-order-form';

const addressKeys = ['name', 'company', 'line1', 'line2', 'postalCode', 'city', 'country'] as const;
const customerKeys = ['name', 'email', 'type', 'vatNumber'] as const;

/**
 * The new-order form path a refusal's payload path is shown at: `items.1.quantity` on line 2's
 * quantity, customer and address fields on theirs, anything else (`form`) on the form as a whole.
 */
export function newOrderFormPathOf(path: string): FieldPath<NewOrderDraft> | 'root' {
  const [head, second, third] = path.split('.');
  if (head === 'shippingAddress' || head === 'billingAddress') {
    const key = addressKeys.find((known) => known === second);
    return key ? `${head}.${key}` : head;
  }
  if (head === 'customer') {
    const key = customerKeys.find((known) => known === second);
    return key ? `customer.${key}` : 'customer';
  }
  if (head === 'items' && second !== undefined && /^\d+$/.test(second))
    return `lines.${Number(second)}.${third === 'productId' ? 'productId' : 'quantity'}`;
  if (head === 'shippingMethodId' || head === 'notes') return head;
  return 'root';
}
