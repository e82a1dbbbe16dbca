import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newId } from '../../ids';
import type { Order } from '../../schemas/order';
import { automationRuleSchema } from '../../schemas/automation-rule';
import type { AutomationRule, AutomationTrigger, RuleCondition } from '../../schemas/automation-rule';
import { makeImportedOrder, now, storeId } from '../exceptions/test-fixtures';
import { conditionMatches, evaluateRules, ruleRunKey } from './evaluate-rules';

function makeOrder(overrides: Partial<Order> = {}): Order {
  const { order } = makeImportedOrder('7');
  return { ...order, tags: ['VIP'], ...overrides };
}

function makeRule(overrides: Partial<AutomationRule> = {}): AutomationRule {
  return automationRuleSchema.parse({
    id: newId(),
    storeId,
    version: 1,
    createdAt: now,
    updatedAt: now,
    name: 'Tag big orders',
    trigger: 'order_created',
    enabled: true,
    priority: 10,
    conditions: { match: 'all', items: [] },
    actions: [{ type: 'add_tag', tag: 'big' }],
    ...overrides,
  });
}

const order = makeOrder();
const cond = (
  field: RuleCondition['field'],
  operator: RuleCondition['operator'],
  value: RuleCondition['value'],
): RuleCondition => ({ field, operator, value });

describe('conditionMatches', () => {
  it.each([
    [cond('status', 'eq', 'confirmed'), true],
    [cond('status', 'neq', 'confirmed'), false],
    [cond('status', 'in', ['pending', 'confirmed']), true],
    [cond('paymentStatus', 'eq', 'paid'), true],
    [cond('channel', 'eq', 'marketplace'), true],
    [cond('marketplace', 'eq', 'Amazon'), true],
    [cond('marketplace', 'contains', 'maz'), true],
    [cond('totals.gross', 'gt', 4800), true],
    [cond('totals.gross', 'gte', 4896), true],
    [cond('totals.gross', 'lt', 4896), false],
    [cond('totals.gross', 'lte', 4896), true],
    [cond('totals.gross', 'in', [1, 4896]), true],
    [cond('shippingAddress.country', 'eq', 'DE'), true],
    [cond('shippingAddress.country', 'in', ['FR', 'NL']), false],
    [cond('tags', 'contains', 'vip'), true],
    [cond('tags', 'in', ['wholesale', 'VIP']), true],
    [cond('tags', 'contains', 'wholesale'), false],
    [cond('customer.type', 'eq', 'b2c'), true],
    [cond('vatTreatment', 'eq', 'domestic'), true],
    [cond('itemCount', 'eq', 5), true],
  ])('%j → %s', (condition, expected) => {
    expect(conditionMatches(order, condition)).toBe(expected);
  });

  it('treats a missing marketplace as matching only neq', () => {
    const direct = makeOrder({ marketplace: null, channel: 'direct' });
    expect(conditionMatches(direct, cond('marketplace', 'eq', 'amazon'))).toBe(false);
    expect(conditionMatches(direct, cond('marketplace', 'neq', 'amazon'))).toBe(true);
  });

  it('does not count cancelled units in itemCount', () => {
    const items = order.items.map((item) => ({ ...item, quantityCancelled: item.quantity }));
    expect(conditionMatches(makeOrder({ items }), cond('itemCount', 'eq', 0))).toBe(true);
  });
});

describe('automationRuleSchema', () => {
  it.each([
    [cond('totals.gross', 'contains', 'x'), 'operator'],
    [cond('tags', 'eq', 'vip'), 'operator'],
    [cond('totals.gross', 'gt', '100'), 'value'],
    [cond('status', 'eq', 'teleported'), 'value'],
    [cond('status', 'in', 'pending'), 'value'],
    [cond('status', 'eq', ['pending']), 'value'],
    [cond('shippingAddress.country', 'eq', 'de'), 'value'],
  ])('rejects %j at %s', (condition, where) => {
    const result = automationRuleSchema.safeParse({
      ...makeRule(),
      conditions: { match: 'all', items: [condition] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['conditions', 'items', 0, where]);
  });

  it('rejects unknown fields and actions', () => {
    expect(
      automationRuleSchema.safeParse({
        ...makeRule(),
        conditions: { match: 'all', items: [cond('status', 'eq', 'x')] },
      }).success,
    ).toBe(false);
    const badField = { match: 'all', items: [{ field: 'customer.email', operator: 'eq', value: 'a' }] };
    expect(automationRuleSchema.safeParse({ ...makeRule(), conditions: badField }).success).toBe(false);
    expect(
      automationRuleSchema.safeParse({ ...makeRule(), actions: [{ type: 'delete_order' }] }).success,
    ).toBe(false);
    expect(automationRuleSchema.safeParse({ ...makeRule(), actions: [] }).success).toBe(false);
  });
});

describe('evaluateRules', () => {
  const big = makeRule({
    conditions: { match: 'all', items: [cond('totals.gross', 'gte', 1000), cond('tags', 'contains', 'vip')] },
  });

  it('returns the actions of matching rules and records every run', () => {
    const small = makeRule({ conditions: { match: 'all', items: [cond('totals.gross', 'lt', 1000)] } });
    const result = evaluateRules([big, small], order, 'order_created', new Set(), now);
    expect(result.actions).toEqual([
      { ruleId: big.id, ruleName: big.name, action: { type: 'add_tag', tag: 'big' } },
    ]);
    expect(result.runs.map((run) => [run.ruleId, run.outcome])).toEqual(
      [
        [big.id, 'fired'],
        [small.id, 'conditions_not_met'],
      ].sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    expect(result.runs[0]).toMatchObject({ orderId: order.id, trigger: 'order_created', at: now });
  });

  it('matches any of the conditions with match any', () => {
    const anyRule = makeRule({
      conditions: { match: 'any', items: [cond('status', 'eq', 'pending'), cond('tags', 'contains', 'vip')] },
    });
    expect(evaluateRules([anyRule], order, 'order_created', new Set()).actions).toHaveLength(1);
    const none = makeRule({ conditions: { match: 'any', items: [cond('status', 'eq', 'pending')] } });
    expect(evaluateRules([none], order, 'order_created', new Set()).actions).toHaveLength(0);
  });

  it('never fires a rule twice for the same order and trigger', () => {
    const key = ruleRunKey(big.id, order.id, 'order_created');
    expect(key).toBe(`${big.id}:${order.id}:order_created`);
    const again = evaluateRules([big], order, 'order_created', new Set([key]));
    expect(again.actions).toEqual([]);
    expect(again.runs).toEqual([expect.objectContaining({ key, outcome: 'already_run' })]);
    expect(evaluateRules([big, big], order, 'order_created', new Set()).actions).toHaveLength(1);
  });

  it('skips disabled rules, other triggers and other stores', () => {
    const rules = [
      makeRule({ enabled: false }),
      makeRule({ trigger: 'order_paid' }),
      makeRule({ storeId: newId() }),
    ];
    expect(evaluateRules(rules, order, 'order_created', new Set())).toEqual({ actions: [], runs: [] });
  });

  it('orders actions by priority, then id', () => {
    const late = makeRule({ priority: 20, actions: [{ type: 'issue_invoice' }] });
    const early = makeRule({
      priority: 1,
      actions: [
        { type: 'hold', reason: 'check' },
        { type: 'set_status', status: 'processing' },
      ],
    });
    const tieA = makeRule({
      id: '0190a000-0000-7000-8000-00000000000a',
      priority: 5,
      actions: [{ type: 'remove_tag', tag: 'a' }],
    });
    const tieB = makeRule({
      id: '0190a000-0000-7000-8000-00000000000b',
      priority: 5,
      actions: [{ type: 'add_tag', tag: 'b' }],
    });
    const result = evaluateRules([late, tieB, early, tieA], order, 'order_created', new Set());
    expect(result.actions.map((entry) => entry.action.type)).toEqual([
      'hold',
      'set_status',
      'remove_tag',
      'add_tag',
      'issue_invoice',
    ]);
  });

  it('is idempotent and independent of the rules order (property)', () => {
    const triggers: AutomationTrigger[] = [
      'order_created',
      'order_paid',
      'order_fully_shipped',
      'exception_resolved',
      'order_cancelled',
    ];
    const ruleArb = fc
      .record({
        priority: fc.integer({ min: 0, max: 3 }),
        enabled: fc.boolean(),
        trigger: fc.constantFrom(...triggers),
        threshold: fc.integer({ min: 0, max: 10_000 }),
      })
      .map(({ threshold, ...rest }) =>
        makeRule({ ...rest, conditions: { match: 'all', items: [cond('totals.gross', 'gte', threshold)] } }),
      );
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 8 }), fc.constantFrom(...triggers), (rules, trigger) => {
        const first = evaluateRules(rules, order, trigger, new Set(), now);
        const shuffled = evaluateRules([...rules].reverse(), order, trigger, new Set(), now);
        expect(shuffled).toEqual(first);
        const fired = new Set(first.runs.filter((run) => run.outcome === 'fired').map((run) => run.key));
        const second = evaluateRules(rules, order, trigger, fired, now);
        expect(second.actions).toEqual([]);
        expect(second.runs.filter((run) => run.outcome === 'fired')).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
