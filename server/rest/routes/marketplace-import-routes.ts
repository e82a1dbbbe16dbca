import { marketplaceFeedEnvelopeSchema } from '../../../shared/schemas/marketplace-feed';
import { importFeedResponseSchema } from '../../../shared/schemas/marketplace-import';
import { importMarketplaceFeed } from '../../marketplace/import-feed';
import { staffRoute } from '../define-route';

export const marketplaceImportRoutes = [
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/orders/import',
    summary: 'Import a marketplace feed; per-order results; re-importing an externalId changes nothing',
    tag: 'orders',
    permission: 'orders.edit',
    body: marketplaceFeedEnvelopeSchema,
    response: importFeedResponseSchema,
    idempotent: true,
    handler: ({ app, user, body }) => importMarketplaceFeed(app, user, body),
  }),
];
