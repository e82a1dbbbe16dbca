import type { MarketplaceFeed } from '../../../../shared/schemas/marketplace-feed';
import {
  importFeedResponseSchema,
  type ImportFeedResponse,
} from '../../../../shared/schemas/marketplace-import';
import { restRequest } from '../../data/rest-client';

/** Sends a parsed feed to the server's import endpoint (needs a connection: the server assigns numbers and stock). */
export async function postFeed(token: string, feed: MarketplaceFeed): Promise<ImportFeedResponse> {
  return importFeedResponseSchema.parse(
    await restRequest(token, 'POST', '/api/v1/admin/orders/import', feed),
  );
}
