import { describe, expect, it } from 'vitest';
import { createManualOrderPayloadSchema } from '../../../../shared/domain/order/manual/manual-order-schemas';
import { draftIssueSentences } from '../orders/draft-issue-test-sentences';
import { testMethod, testPricingContext, testProduct } from './manual-order-test-context';
import { emptyNewOrder, type NewOrderDraft } from './new-order-form';
import { newOrderSchema } from './new-order-schema';

const context = testPricingContext([testProduct(2), testProduct(3)]);

/** The typed-in shipping address of the filled draft (country as the empty draft has it: DE). */
const typedAddress = { name: 'Jörg Müller', line1: 'Hauptstraße 5', postalCode: '10115', city: 'Berlin' };

function filled(overrides: Partial<NewOrderDraft> = {}): NewOrderDraft {
  const draft = emptyNewOrder();
  return {
    ...draft,
    customer: { name: 'Jörg Müller', email: ' jorg@example.com ', type: 'b2c', vatNumber: '' },
    shippingAddress: { ...draft.shippingAddress, ...typedAddress },
    shippingMethodId: testMethod.id,
    lines: [
      { productId: testProduct(2).id, quantity: 2 },
      { productId: testProduct(3).id, quantity: 1 },
    ],
    ...overrides,
  };
}

function refusal(draft: NewOrderDraft) {
  const result = newOrderSchema(context).safeParse(draft);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues;
}

describe('new order schema', () => {
  it('yields the order.create_manual payload the shared schema gives', () => {
    const result = newOrderSchema(context).safeParse(filled());
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    expect(result.data).toEqual(
      createManualOrderPayloadSchema.parse({
        draft: false,
        customerId: null,
        customer: { name: 'Jörg Müller', email: 'jorg@example.com', type: 'b2c' },
        shippingAddress: { ...typedAddress, country: 'DE' },
        billingAddress: { ...typedAddress, country: 'DE' },
        shippingMethodId: testMethod.id,
        items: [
          { productId: testProduct(2).id, quantity: 2 },
          { productId: testProduct(3).id, quantity: 1 },
        ],
        notes: '',
        tags: [],
        context,
      }),
    );
  });

  it('puts a wrong quantity on its own row, in German and English', () => {
    const issues = refusal(
      filled({
        lines: [
          { productId: testProduct(2).id, quantity: 2 },
          { productId: testProduct(3).id, quantity: 0 },
        ],
      }),
    );
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['lines.1.quantity']);
    expect(draftIssueSentences(issues, 'en')).toEqual({
      'lines.1.quantity': 'Row 2: “Quantity” must be at least 1.',
    });
    expect(draftIssueSentences(issues, 'de')['lines.1.quantity']).toMatch(/^Zeile 2: .*„Menge“/);
  });

  it('puts customer and address problems under their fields, billing only when it differs', () => {
    const draft = filled();
    const issues = refusal({
      ...draft,
      customer: { ...draft.customer, email: 'not an address' },
      shippingAddress: { ...draft.shippingAddress, city: '' },
    });
    expect(draftIssueSentences(issues, 'en')).toEqual({
      'customer.email': 'Please enter a valid e-mail address.',
      'shippingAddress.city': 'Please fill in “City”.',
    });
    expect(draftIssueSentences(issues, 'de')['shippingAddress.city']).toBe('Bitte füllen Sie „Ort“ aus.');
  });

  it('asks for products and a shipping method with the form’s own sentences', () => {
    const issues = refusal(filled({ lines: [], shippingMethodId: '' }));
    expect(issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['root', 'required.items'],
      ['shippingMethodId', 'required.method'],
    ]);
  });
});
