import type { PaymentProvider } from './payment-provider';
import { createTestPaymentProvider } from './test-payment-provider';

let current: PaymentProvider = createTestPaymentProvider();

/** The provider refunds go through (only `test` exists so far). */
export function paymentProvider(): PaymentProvider {
  return current;
}

/** Swaps the provider (tests, or a real provider wired at start-up); returns the previous one. */
export function usePaymentProvider(provider: PaymentProvider): PaymentProvider {
  const previous = current;
  current = provider;
  return previous;
}
