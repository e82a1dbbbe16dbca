import { z } from 'zod';
import type { Product } from '../../../../shared/schemas/product';
import { updateProductInputSchema, type UpdateProductInput } from '../../../../shared/schemas/product-admin';
import { vatCategorySchema, type VatCategory } from '../../../../shared/schemas/common';

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
export type ProductProblem = 'name' | 'price' | 'stockDelta' | 'reason' | 'nothing';

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

/** The field a problem is shown under; "nothing changed" is the form's own (`root`). */
const fieldOfProblem: Record<ProductProblem, keyof ProductDraft | 'root'> = {
  name: 'name',
  price: 'price',
  stockDelta: 'stockDelta',
  reason: 'reason',
  nothing: 'root',
};

function problemOfIssue(path: readonly PropertyKey[]): ProductProblem {
  const [head, second] = path;
  if (head === 'priceNet') return 'price';
  if (head === 'stockAdjustment') return second === 'reason' ? 'reason' : 'stockDelta';
  return 'name';
}

/**
 * The editor's schema for one product: only what changed (`changeOf`), checked by the server's
 * `updateProductInputSchema`; each problem lands on its field with its sentence key as message.
 */
export function productDraftSchema(product: Product) {
  return z
    .object({
      name: z.string(),
      price: z.string(),
      vatCategory: vatCategorySchema,
      stockDelta: z.string(),
      reason: z.string(),
    })
    .transform((draft, ctx): UpdateProductInput => {
      const change = changeOf(product, draft);
      const problems: ProductProblem[] = [];
      if ('problem' in change) problems.push(change.problem);
      else {
        const parsed = updateProductInputSchema.safeParse(change);
        if (parsed.success) return parsed.data;
        problems.push(...parsed.error.issues.map((issue) => problemOfIssue(issue.path)));
      }
      for (const problem of new Set(problems))
        ctx.addIssue({ code: 'custom', path: [fieldOfProblem[problem]], message: problem });
      return z.NEVER;
    });
}
