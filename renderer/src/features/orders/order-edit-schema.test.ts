import { describe, expect, it } from 'vitest';
import { makeOrder } from '../../../../shared/domain/invoicing/invoice-test-fixtures';
import { updateOrderPayloadSchema } from '../../../../shared/domain/order/commands/update-order';
import type { Language } from '../../i18n/languages';
import { draftIssueSentences } from './draft-issue-test-sentences';
import { draftOf } from './order-edit-form';
import { orderEditSchema } from './order-edit-schema';

function sentences(result: ReturnType<ReturnType<typeof orderEditSchema>['safeParse']>, language: Language) {
  if (result.success) throw new Error('expected a refusal');
  return draftIssueSentences(result.error.issues, language);
}

describe('order edit schema', () => {
  it('yields the commands with payloads as the shared schemas give them', () => {
    const order = makeOrder({ tags: ['vip', 'old'] });
    const draft = draftOf(order);
    const result = orderEditSchema(order).safeParse({
      ...draft,
      notes: 'Leave at the back door',
      tags: ['vip', 'gift'],
      shippingAddress: { ...draft.shippingAddress, city: '  Paris ', country: 'fr' },
    });
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    const update = result.data[0];
    expect(update?.type).toBe('order.update');
    expect(update?.payload).toEqual(
      updateOrderPayloadSchema.parse({
        notes: 'Leave at the back door',
        shippingAddress: { ...order.shippingAddress, city: 'Paris', country: 'FR' },
      }),
    );
    expect(result.data.slice(1).map(({ type, payload }) => ({ type, payload }))).toEqual([
      { type: 'order.add_tags', payload: { tags: ['gift'] } },
      { type: 'order.remove_tags', payload: { tags: ['old'] } },
    ]);
  });

  it('puts a refused address field under that field, worded in German and English', () => {
    const order = makeOrder();
    const draft = draftOf(order);
    const result = orderEditSchema(order).safeParse({
      ...draft,
      shippingAddress: { ...draft.shippingAddress, postalCode: ' ' },
      billingAddress: { ...draft.billingAddress, name: 'x'.repeat(201) },
      buyerReference: 'y'.repeat(101),
    });
    expect(sentences(result, 'en')).toEqual({
      'shippingAddress.postalCode': 'Please fill in “Postal code”.',
      'billingAddress.name': '“Name” can have at most 200 characters.',
      buyerReference: '“Buyer reference” can have at most 100 characters.',
    });
    expect(sentences(result, 'de')['shippingAddress.postalCode']).toBe('Bitte füllen Sie „PLZ“ aus.');
  });

  it('says so on the form as a whole when nothing changed', () => {
    const order = makeOrder();
    const result = orderEditSchema(order).safeParse(draftOf(order));
    expect(result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }))).toEqual(
      [{ path: ['root'], message: 'nothing' }],
    );
  });
});
