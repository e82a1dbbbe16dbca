import { z } from 'zod';
import { DomainError, parseOrThrow } from '../../../shared/errors';
import { verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../payments/webhook-signature';
import { applyPaymentWebhook } from '../../services/store-payments-service';
import { storefrontStore } from '../../services/storefront-store';
import { publicRoute } from '../define-route';
import { rawBodyOf } from '../raw-body';

const webhookEventSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(['payment.authorized', 'payment.captured', 'payment.failed']),
  data: z.object({ provider: z.string().min(1).max(50), reference: z.string().min(1).max(200) }),
});

/** Provider webhook: HMAC-SHA256 of the raw body checked before anything is parsed; idempotent by event id. */
export const webhookRoute = publicRoute({
  method: 'POST',
  path: '/api/v1/store/payments/webhook',
  summary: `Payment provider webhook, signed: ${WEBHOOK_SIGNATURE_HEADER}: sha256=<hex HMAC of the raw body> (503 NOT_CONFIGURED without ORDER_DESK_WEBHOOK_SECRET)`,
  tag: 'store',
  rawBody: true,
  response: z.object({ received: z.literal(true), applied: z.boolean(), duplicate: z.boolean() }),
  handler: async ({ app, request }) => {
    const secret = app.config.webhookSecret;
    if (secret === undefined) {
      throw new DomainError('NOT_CONFIGURED', 'The payment webhook is not configured', {
        details: { setting: 'ORDER_DESK_WEBHOOK_SECRET' },
      });
    }
    const signature = request.headers[WEBHOOK_SIGNATURE_HEADER];
    if (!verifyWebhook(rawBodyOf(request), typeof signature === 'string' ? signature : undefined, secret)) {
      throw new DomainError('UNAUTHENTICATED', 'Invalid webhook signature');
    }
    const event = parseOrThrow(webhookEventSchema, request.body ?? {}, 'webhook event');
    const store = await storefrontStore(app.db);
    return applyPaymentWebhook(app, store.id, event);
  },
});
