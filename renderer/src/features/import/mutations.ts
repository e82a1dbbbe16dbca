import { useMutation } from '@tanstack/react-query';
import type { MarketplaceFeed } from '../../../../shared/schemas/marketplace-feed';
import { importFeedResponseSchema } from '../../../../shared/schemas/marketplace-import';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Sends a parsed feed to the server's import endpoint (needs a connection: the server assigns numbers and stock). */
export function useImportFeed() {
  const { session } = useData();
  return useMutation({
    networkMode: 'always',
    mutationFn: (feed: MarketplaceFeed) =>
      apiRequest(session.token, '/api/v1/admin/orders/import', importFeedResponseSchema, {
        method: 'POST',
        body: feed,
      }),
  });
}
