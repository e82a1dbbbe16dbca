/** Where a checkout payment stands at the provider. */
export type ProviderPaymentStatus =
  'requires_action' | 'authorized' | 'captured' | 'declined' | 'cancelled' | 'refunded';

export interface ProviderResult {
  /** The provider's own id of the payment (stored on our payment row). */
  reference: string;
  status: ProviderPaymentStatus;
  /** Provider message, e.g. the decline reason. */
  message?: string;
}

export interface AuthorizeRequest {
  amount: number;
  currency: string;
  /** Opaque payment token from the provider's client-side widget. */
  token: string;
  /** The same key always yields the same payment (no double charge on retry). */
  idempotencyKey: string;
}

/**
 * The checkout side of a payment provider (refunds of orders go through `PaymentProvider` in
 * payment-provider.ts). Every call takes an idempotency key so a retry never charges twice.
 */
export interface CheckoutPaymentProvider {
  readonly name: string;
  /** Reserves the amount on the customer's means of payment (may need a customer action first). */
  authorize(request: AuthorizeRequest): Promise<ProviderResult>;
  /** Completes the customer action (3-D Secure etc.) of a `requires_action` payment. */
  confirm(reference: string, idempotencyKey: string): Promise<ProviderResult>;
  /** Takes the authorized amount (or less). */
  capture(reference: string, amount: number, idempotencyKey: string): Promise<ProviderResult>;
  /** Gives back `amount` of a captured payment. */
  refund(reference: string, amount: number, idempotencyKey: string): Promise<ProviderResult>;
  /** Voids an authorization that will not be captured (compensation when the order is not kept). */
  cancel(reference: string, idempotencyKey: string): Promise<ProviderResult>;
  /**
   * Where the payment authorized under `idempotencyKey` stands now, or undefined when the provider
   * never saw that key (start-up recovery of checkouts whose process died mid-payment). Optional:
   * without it, recovery gives such checkouts up (voiding or refunding what the key produced).
   */
  lookup?(idempotencyKey: string): Promise<ProviderResult | undefined>;
}
