import { describe, expect, it } from 'vitest';
import type { Order } from '../../../../shared/schemas/order';
import { isDomainError, type DomainErrorBody } from '../../../../shared/errors';
import { makeItem, makeOrder } from '../../../../shared/domain/invoicing/invoice-test-fixtures';
import { makeCommandContext } from '../../../../shared/domain/order/commands/command-test-context';
import { runOrderCommand } from '../../../../shared/domain/order/run-order-command';
import {
  checkNewTag,
  draftOf,
  fieldErrorsOf,
  logisticsLockReason,
  planOrderEdit,
  type RefusalWords,
} from './order-edit-form';

function applyAll(order: Order, commands: ReturnType<typeof planOrderEdit>): Order {
  return commands.reduce(
    (current, { type, payload }) =>
      runOrderCommand({ order: current, type, payload, ctx: makeCommandContext() }).order,
    order,
  );
}

function refusal(order: Order, command: ReturnType<typeof planOrderEdit>[number]): DomainErrorBody {
  try {
    runOrderCommand({ order, type: command.type, payload: command.payload, ctx: makeCommandContext() });
  } catch (error) {
    if (isDomainError(error)) return error.toBody();
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('planOrderEdit', () => {
  it('sets, keeps and clears the buyer reference (BT-10) through order.update', () => {
    const order = makeOrder();
    const set = planOrderEdit(order, { ...draftOf(order), buyerReference: ' 04011000-12345-34 ' });
    expect(set.map((command) => command.payload)).toEqual([{ buyerReference: '04011000-12345-34' }]);
    const withReference = applyAll(order, set);
    expect(withReference.customer.buyerReference).toBe('04011000-12345-34');
    expect(planOrderEdit(withReference, draftOf(withReference))).toEqual([]);
    const cleared = planOrderEdit(withReference, { ...draftOf(withReference), buyerReference: '' });
    expect(cleared.map((command) => command.payload)).toEqual([{ buyerReference: null }]);
    expect(applyAll(withReference, cleared).customer.buyerReference).toBeUndefined();
  });

  it('plans nothing for an untouched draft', () => {
    const order = makeOrder({ tags: ['vip'], notes: 'Call first' });
    expect(planOrderEdit(order, draftOf(order))).toEqual([]);
  });

  it('turns notes, address and tag edits into commands the shared functions accept', () => {
    const order = makeOrder({ tags: ['vip', 'old'] });
    const draft = draftOf(order);
    const commands = planOrderEdit(order, {
      ...draft,
      notes: 'Leave at the back door',
      tags: ['vip', 'gift'],
      shippingAddress: { ...draft.shippingAddress, line1: '7 rue Neuve', company: '  ', country: 'fr' },
    });
    expect(commands.map((c) => c.type)).toEqual(['order.update', 'order.add_tags', 'order.remove_tags']);
    expect(Object.keys(commands[0]?.payload ?? {})).toEqual(['notes', 'shippingAddress']);
    const edited = applyAll(order, commands);
    expect(edited.notes).toBe('Leave at the back door');
    expect(edited.tags).toEqual(['vip', 'gift']);
    expect(edited.shippingAddress).toEqual({ ...order.shippingAddress, line1: '7 rue Neuve', country: 'FR' });
    expect(edited.billingAddress).toEqual(order.billingAddress);
  });
});

const words: RefusalWords = {
  issue: (issue) => `issue ${issue.path}`,
  whole: (error) => error.code,
  locked: 'locked',
};

describe('fieldErrorsOf', () => {
  it('puts schema refusals under the address field they concern', () => {
    const order = makeOrder();
    const draft = draftOf(order);
    const [command] = planOrderEdit(order, {
      ...draft,
      shippingAddress: { ...draft.shippingAddress, postalCode: '', country: 'France' },
    });
    if (!command) throw new Error('expected a command');
    const errors = fieldErrorsOf(refusal(order, command), command.type, words);
    expect(Object.keys(errors).sort()).toEqual(['shippingAddress.country', 'shippingAddress.postalCode']);
  });

  it('puts the shipped conflict on the locked fields, and the lock has a reason', () => {
    const shipped = makeOrder({ items: [{ ...makeItem(1, 'Lamp', 4990, 2, 20), quantityShipped: 1 }] });
    expect(logisticsLockReason(shipped)).toBe('shipped');
    const draft = draftOf(shipped);
    const [command] = planOrderEdit(shipped, {
      ...draft,
      billingAddress: { ...draft.billingAddress, city: 'Paris' },
    });
    if (!command) throw new Error('expected a command');
    const errors = fieldErrorsOf(refusal(shipped, command), command.type, words);
    expect(errors.billingAddress).toBe('locked');
  });
});

describe('checkNewTag', () => {
  it('trims and refuses empty and duplicate tags', () => {
    expect(checkNewTag(['vip'], '  gift ')).toEqual({ ok: true, tag: 'gift' });
    expect(checkNewTag(['vip'], 'vip').ok).toBe(false);
    expect(checkNewTag([], '   ').ok).toBe(false);
  });
});
