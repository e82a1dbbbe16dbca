import type { Product } from '../../../../shared/schemas/product';
import type { UpdateProductInput } from '../../../../shared/schemas/product-admin';
import type { VatCategory } from '../../../../shared/schemas/common';

/** The catalog editor's fields as typed (price in major units, stock change as text). */
export interface ProductDraft {
  name: string;
  price: string;
  vatCategory: VatCategory;
  stockDelta: string;
  reason: string;
}

export function draftOf(product: Product): ProductDraft {
  return {
    name: product.name,
    price: (product.priceNet / 100).toFixed(2),
    vatCategory: product.vatCategory,
    stockDelta: '',
    reason: '',
  };
}

/** "12,50" or "12.50" → 1250 minor units; undefined when it is not a non-negative amount with ≤ 2 decimals. */
export function parsePrice(value: string): number | undefined {
  const normalised = value.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Math.round(Number(normalised) * 100);
}

/** Why the typed fields cannot be sent (the screen words it in the user's language). */
export type ProductProblem = 'price' | 'stockDelta' | 'reason' | 'nothing';

/** Only what changed, with the version the admin saw (a concurrent edit is refused, not overwritten). */
export function changeOf(
  product: Product,
  draft: ProductDraft,
): UpdateProductInput | { problem: ProductProblem } {
  const change: UpdateProductInput = { expectedVersion: product.version };
  if (draft.name.trim() !== product.name) change.name = draft.name.trim();
  const price = parsePrice(draft.price);
  if (price === undefined) return { problem: 'price' };
  if (price !== product.priceNet) change.priceNet = price;
  if (draft.vatCategory !== product.vatCategory) change.vatCategory = draft.vatCategory;
  if (draft.stockDelta.trim() !== '') {
    const delta = Number(draft.stockDelta);
    if (!Number.isInteger(delta) || delta === 0) return { problem: 'stockDelta' };
    if (draft.reason.trim() === '') return { problem: 'reason' };
    change.stockAdjustment = { delta, reason: draft.reason.trim() };
  }
  return Object.keys(change).length === 1 ? { problem: 'nothing' } : change;
}
