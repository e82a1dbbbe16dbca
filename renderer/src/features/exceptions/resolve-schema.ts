import { z } from 'zod';
import type { Product } from '../../../../shared/schemas/product';

/** The resolve panel's fields: the catalog product picked from the search results, and whether to remember it. */
export interface ResolveDraft {
  product: Product | null;
  remember: boolean;
}

/** What resolving sends: the chosen product and the remember-mapping choice. */
export interface ResolveRequest {
  product: Product;
  remember: boolean;
}

export const emptyResolveDraft: ResolveDraft = { product: null, remember: true };

const draft = z.object({ product: z.custom<Product | null>(), remember: z.boolean() });

/** A product must be chosen first (issue message `choose`, sentence `exceptions:resolvePanel.choose`). */
export const resolveDraftSchema = draft.transform((value, ctx): ResolveRequest => {
  if (value.product === null) {
    ctx.addIssue({ code: 'custom', path: ['product'], message: 'choose' });
    return z.NEVER;
  }
  return { product: value.product, remember: value.remember };
});

/** Whether the panel can resolve yet (drives the buttons' disabled state). */
export function canResolve(value: ResolveDraft): boolean {
  return resolveDraftSchema.safeParse(value).success;
}
