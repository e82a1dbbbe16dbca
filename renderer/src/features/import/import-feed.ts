import {
  importFeedResponseSchema,
  type ImportFeedResponse,
} from '../../../../shared/schemas/marketplace-import';
import type { MarketplaceFeed } from '../../../../shared/schemas/marketplace-feed';
import { DomainError } from '../../../../shared/errors';
import { serverUrl } from '../../data/server-url';

/** Sends a parsed feed to the server's import endpoint (needs a connection: the server assigns numbers and stock). */
export async function postFeed(token: string, feed: MarketplaceFeed): Promise<ImportFeedResponse> {
  const response = await fetch(`${serverUrl()}/api/v1/admin/orders/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(feed),
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'error' in body
        ? JSON.stringify(body.error)
        : response.statusText;
    throw new DomainError('BAD_INPUT', `Import refused (${response.status}): ${message}`);
  }
  return importFeedResponseSchema.parse(body);
}
