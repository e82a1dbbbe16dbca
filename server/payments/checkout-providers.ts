import type { CheckoutPaymentProvider } from './checkout-payment-provider';
import { createTestCheckoutProvider } from './test-checkout-provider';

/** Providers a checkout may name; `test` is built in (real providers register here). */
const providers = new Map<string, CheckoutPaymentProvider>([['test', createTestCheckoutProvider()]]);

/** The checkout provider called `name`, or undefined. */
export function checkoutProvider(name: string): CheckoutPaymentProvider | undefined {
  return providers.get(name);
}

/** Registers `provider` under its name (tests, or a real provider wired at start-up); returns the previous one. */
export function useCheckoutProvider(provider: CheckoutPaymentProvider): CheckoutPaymentProvider | undefined {
  const previous = providers.get(provider.name);
  providers.set(provider.name, provider);
  return previous;
}
