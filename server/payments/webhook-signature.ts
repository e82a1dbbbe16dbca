import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `sha256=<hex>` of the raw body. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-order-desk-signature';
const DEV_SECRET = 'order-desk-dev-webhook-secret';

/** The webhook secret: ORDER_DESK_WEBHOOK_SECRET, or a fixed development default. */
export function webhookSecret(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.ORDER_DESK_WEBHOOK_SECRET;
  return value && value.length > 0 ? value : DEV_SECRET;
}

/** `sha256=<hex>` HMAC of the raw body. */
export function signWebhook(rawBody: Buffer | string, secret = webhookSecret()): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time check of a signature header against the raw body. */
export function verifyWebhook(
  rawBody: Buffer,
  header: string | undefined,
  secret = webhookSecret(),
): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhook(rawBody, secret));
  const actual = Buffer.from(header.trim());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
