import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `sha256=<hex>` of the raw body. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-order-desk-signature';

/**
 * The secret that older versions used when none was configured. It is public (it was in the
 * repository), so it is refused as a configured secret.
 */
export const RETIRED_DEFAULT_WEBHOOK_SECRET = 'order-desk-dev-webhook-secret';

/** `sha256=<hex>` HMAC of the raw body. */
export function signWebhook(rawBody: Buffer | string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** Constant-time check of a signature header against the raw body. */
export function verifyWebhook(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhook(rawBody, secret));
  const actual = Buffer.from(header.trim());
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
