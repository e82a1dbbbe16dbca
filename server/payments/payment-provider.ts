/** A refund asked of a payment provider; `idempotencyKey` makes a retry return the first answer. */
export interface ProviderRefundRequest {
  idempotencyKey: string;
  orderId: string;
  amount: number;
  currency: string;
  reason: string;
}

export type ProviderRefundResult =
  { status: 'succeeded'; reference: string } | { status: 'declined'; message: string };

/** What Order Desk needs from a payment provider (the test provider, later real ones). */
export interface PaymentProvider {
  readonly name: string;
  refund: (request: ProviderRefundRequest) => Promise<ProviderRefundResult>;
}
