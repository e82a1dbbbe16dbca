import type { ProviderResult } from '../payments/checkout-payment-provider';
import { providerKeyOf, staleCheckoutAttempts, type CheckoutAttempt } from '../payments/checkout-attempts';
import { checkoutProvider } from '../payments/checkout-providers';
import type { AppContext } from './app-context';
import { compensatePayment, confirmCheckout, dropCheckoutAttempt, type ErrorLog } from './checkout';
import { loadStore } from './invoicing/invoice-settings-store';

/** Open attempts older than this are taken to be abandoned by their process. */
export const checkoutRecoveryAgeMs = 30_000;

export interface CheckoutRecovery {
  confirmed: number;
  dropped: number;
  failed: number;
}

/** What became of the attempt's payment: asked of the provider, or (without `lookup`) voided. */
async function settle(attempt: CheckoutAttempt, log: ErrorLog): Promise<ProviderResult | undefined> {
  const provider = checkoutProvider(attempt.provider);
  if (!provider) throw new Error(`Payment provider ${attempt.provider} is not available`);
  if (!provider.lookup) {
    // the idempotency key returns the payment it made (or makes one), which is then given back
    const payment = await provider.authorize({
      amount: attempt.amount,
      currency: attempt.currency,
      token: attempt.input.payment.token,
      idempotencyKey: providerKeyOf(attempt),
    });
    await compensatePayment(provider, payment, attempt.amount, providerKeyOf(attempt), log);
    return undefined;
  }
  const payment = await provider.lookup(providerKeyOf(attempt));
  if (payment?.status === 'authorized')
    return provider.capture(payment.reference, attempt.amount, providerKeyOf(attempt));
  return payment;
}

async function recoverOne(
  app: AppContext,
  attempt: CheckoutAttempt,
  log: ErrorLog,
): Promise<keyof CheckoutRecovery> {
  const payment = await settle(attempt, log);
  if (!payment || (payment.status !== 'captured' && payment.status !== 'requires_action')) {
    await dropCheckoutAttempt(app, attempt);
    return 'dropped';
  }
  await confirmCheckout(app, await loadStore(app.db, attempt.storeId), attempt, payment, log);
  return 'confirmed';
}

/**
 * Resolves checkout attempts left open (their process died between reserve, pay and confirm): a
 * payment the provider captured (or that awaits the customer's action) becomes its order, as the
 * request would have made it; one never made, declined or voided drops the attempt and frees its
 * stock. Safe to run in every process at once: confirmation re-checks the attempt under the lock.
 */
export async function recoverCheckouts(
  app: AppContext,
  log: ErrorLog,
  olderThanMs = checkoutRecoveryAgeMs,
): Promise<CheckoutRecovery> {
  const counts: CheckoutRecovery = { confirmed: 0, dropped: 0, failed: 0 };
  const stale = await staleCheckoutAttempts(app.db, new Date(app.now().getTime() - olderThanMs));
  for (const attempt of stale) {
    try {
      counts[await recoverOne(app, attempt, log)] += 1;
    } catch (error) {
      counts.failed += 1;
      log.error({ err: error, attempt: attempt.id }, 'checkout recovery failed');
    }
  }
  return counts;
}

/** Runs recovery now and then every `intervalMs`; returns the stop function (server close waits for a running pass). */
export function scheduleCheckoutRecovery(
  app: AppContext,
  log: ErrorLog,
  intervalMs = 30_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = (): void => {
    running = running
      .then(() => recoverCheckouts(app, log))
      .catch((error: unknown) => {
        log.error({ err: error }, 'checkout recovery failed');
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
