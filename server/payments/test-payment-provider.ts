import { createHash } from 'node:crypto';
import type { PaymentProvider, ProviderRefundRequest, ProviderRefundResult } from './payment-provider';

/** A refund reason containing this marker is declined by the test provider (like Stripe's test cards). */
export const TEST_DECLINE_MARKER = '[test:decline]';

/**
 * The `test` provider: answers at once, declines on the marker, and remembers answers by idempotency
 * key so a retried refund (e.g. after a rolled-back transaction) is never paid twice.
 */
export function createTestPaymentProvider(): PaymentProvider & { calls: () => number } {
  const answers = new Map<string, ProviderRefundResult>();
  let calls = 0;
  return {
    name: 'test',
    calls: () => calls,
    refund(request: ProviderRefundRequest): Promise<ProviderRefundResult> {
      const previous = answers.get(request.idempotencyKey);
      if (previous) return Promise.resolve(previous);
      calls += 1;
      const answer: ProviderRefundResult = request.reason.includes(TEST_DECLINE_MARKER)
        ? { status: 'declined', message: 'The test provider declined this refund' }
        : {
            status: 'succeeded',
            reference: `re_test_${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 16)}`,
          };
      answers.set(request.idempotencyKey, answer);
      return Promise.resolve(answer);
    },
  };
}
