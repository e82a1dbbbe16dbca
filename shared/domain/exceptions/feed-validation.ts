import { z } from 'zod';
import {
  feedGtinSchema,
  feedItemSchema,
  feedLimits,
  feedOrderSchema,
  marketplaceFeedSchema,
} from '../../schemas/marketplace-feed';
import { normalizeGtin } from './gtin';

/** A feed GTIN whose length and GS1 check digit are verified (the reason is the issue message). */
export const checkedFeedGtinSchema = feedGtinSchema.superRefine((value, ctx) => {
  const result = normalizeGtin(value);
  if (!result.ok)
    ctx.addIssue({ code: 'custom', message: result.message, params: { reason: result.reason } });
});

export const validFeedItemSchema = feedItemSchema.extend({ gtin: checkedFeedGtinSchema });

/** A feed order as imports accept it: the shape of feedOrderSchema plus verified GTINs. */
export const validFeedOrderSchema = feedOrderSchema.extend({
  items: z.array(validFeedItemSchema).min(1).max(feedLimits.itemsPerOrder),
});

/** A whole feed with every order valid (all-or-nothing). */
export const validMarketplaceFeedSchema = marketplaceFeedSchema.extend({
  orders: z.array(validFeedOrderSchema).min(1).max(feedLimits.ordersPerFeed),
});
