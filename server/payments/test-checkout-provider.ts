import { randomUUID } from 'node:crypto';
import { DomainError } from '../../shared/errors';
import type {
  AuthorizeRequest,
  CheckoutPaymentProvider,
  ProviderPaymentStatus,
  ProviderResult,
} from './checkout-payment-provider';

/** Tokens the test provider understands (API.md). */
export const testTokens = ['tok_success', 'tok_declined', 'tok_requires_action'] as const;

interface TestPayment {
  amount: number;
  captured: number;
  refunded: number;
  status: ProviderPaymentStatus;
}

const allowedFrom: Record<'confirm' | 'capture' | 'refund' | 'cancel', readonly ProviderPaymentStatus[]> = {
  confirm: ['requires_action'],
  capture: ['authorized'],
  refund: ['captured', 'refunded'],
  cancel: ['authorized', 'requires_action'],
};

/**
 * An in-process provider with deterministic outcomes by token: `tok_success` authorizes,
 * `tok_declined` declines, `tok_requires_action` needs `confirm` first. State lives in memory.
 */
export function createTestCheckoutProvider(): CheckoutPaymentProvider {
  const payments = new Map<string, TestPayment>();
  const byKey = new Map<string, ProviderResult>();

  const once = (key: string, run: () => ProviderResult): Promise<ProviderResult> => {
    const previous = byKey.get(key);
    if (previous) return Promise.resolve(previous);
    const result = run();
    byKey.set(key, result);
    return Promise.resolve(result);
  };

  const transition = (
    reference: string,
    step: keyof typeof allowedFrom,
    apply: (payment: TestPayment) => void,
  ): ProviderResult => {
    const payment = payments.get(reference);
    if (!payment) throw new DomainError('NOT_FOUND', `Payment ${reference} is unknown to the provider`);
    if (!allowedFrom[step].includes(payment.status)) {
      throw new DomainError('CONFLICT', `Cannot ${step} a payment that is ${payment.status}`);
    }
    apply(payment);
    return { reference, status: payment.status };
  };

  return {
    name: 'test',
    authorize: (request: AuthorizeRequest) =>
      once(`authorize:${request.idempotencyKey}`, () => {
        const reference = `test_pay_${randomUUID()}`;
        if (request.token === 'tok_declined')
          return { reference, status: 'declined', message: 'Card declined (test token)' };
        const status: ProviderPaymentStatus =
          request.token === 'tok_requires_action' ? 'requires_action' : 'authorized';
        if (request.token !== 'tok_success' && status !== 'requires_action') {
          return { reference, status: 'declined', message: 'Unknown test token' };
        }
        payments.set(reference, { amount: request.amount, captured: 0, refunded: 0, status });
        return { reference, status };
      }),
    confirm: (reference, key) =>
      once(`confirm:${key}`, () =>
        transition(reference, 'confirm', (payment) => (payment.status = 'authorized')),
      ),
    capture: (reference, amount, key) =>
      once(`capture:${key}`, () =>
        transition(reference, 'capture', (payment) => {
          payment.captured = Math.min(amount, payment.amount);
          payment.status = 'captured';
        }),
      ),
    refund: (reference, amount, key) =>
      once(`refund:${key}`, () =>
        transition(reference, 'refund', (payment) => {
          if (payment.refunded + amount > payment.captured)
            throw new DomainError('CONFLICT', 'Refund exceeds the captured amount');
          payment.refunded += amount;
          payment.status = payment.refunded === payment.captured ? 'refunded' : 'captured';
        }),
      ),
    cancel: (reference, key) =>
      once(`cancel:${key}`, () =>
        transition(reference, 'cancel', (payment) => (payment.status = 'cancelled')),
      ),
    lookup: (key) => {
      const authorized = byKey.get(`authorize:${key}`);
      const payment = authorized ? payments.get(authorized.reference) : undefined;
      return Promise.resolve(
        authorized && payment ? { reference: authorized.reference, status: payment.status } : authorized,
      );
    },
  };
}
