import { describe, expect, it } from 'vitest';
import { automationRuleInputSchema } from '../../../../shared/schemas/automation-rule';
import { draftIssueSentences } from '../orders/draft-issue-test-sentences';
import {
  amountInvalidKey,
  methodMissingKey,
  draftOf,
  emptyDraft,
  ruleDraftSchema,
  ruleInputOf,
} from './rule-form';

const euro = { currency: 'EUR', locale: 'de-DE' };

describe('rule form amounts', () => {
  it('takes order totals in euros and stores cents', () => {
    const draft = { ...emptyDraft, name: 'Big', actions: [{ type: 'add_tag' as const, tag: 'big' }] };
    const result = ruleInputOf(
      { ...draft, conditions: [{ field: 'totals.gross', operator: 'gte', value: '123,90' }] },
      euro,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.input.conditions.items[0]?.value).toBe(12390);
  });

  it('shows stored cents as euros and refuses text that is no amount', () => {
    const draft = draftOf(
      {
        name: 'Big',
        trigger: 'order_paid',
        actions: [{ type: 'add_tag', tag: 'big' }],
        enabled: true,
        priority: 100,
        id: '00000000-0000-7000-8000-000000000001',
        storeId: '00000000-0000-7000-8000-000000000002',
        version: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        conditions: { match: 'all', items: [{ field: 'totals.gross', operator: 'gte', value: 100000 }] },
      },
      euro,
    );
    expect(draft.conditions[0]?.value).toBe('1000,00');
    const refused = ruleInputOf(
      { ...draft, conditions: [{ field: 'totals.gross', operator: 'gte', value: 'viel' }] },
      euro,
    );
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.path)).toEqual(['conditions.0.value']);
  });

  it('names an unreadable amount together with the other fields’ problems', () => {
    const refused = ruleInputOf(
      {
        ...emptyDraft,
        name: 'Big',
        conditions: [{ field: 'totals.gross', operator: 'gte', value: 'viel' }],
        actions: [{ type: 'assign_shipping_method', shippingMethodId: '' }],
      },
      euro,
    );
    expect(refused.ok ? [] : refused.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['conditions.0.value', amountInvalidKey],
      ['actions.0.shippingMethodId', methodMissingKey],
    ]);
  });
});

describe('rule draft schema', () => {
  it('yields the shared schema’s rule input', () => {
    const draft = {
      ...emptyDraft,
      name: ' Big DE orders ',
      conditions: [
        { field: 'totals.gross' as const, operator: 'gte', value: '250' },
        { field: 'shippingAddress.country' as const, operator: 'in', value: 'DE, AT' },
      ],
      actions: [{ type: 'add_tag' as const, tag: 'big' }],
    };
    const result = ruleDraftSchema(euro).safeParse(draft);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    expect(result.data).toEqual(
      automationRuleInputSchema.parse({
        name: 'Big DE orders',
        trigger: 'order_paid',
        conditions: {
          match: 'all',
          items: [
            { field: 'totals.gross', operator: 'gte', value: 25000 },
            { field: 'shippingAddress.country', operator: 'in', value: ['DE', 'AT'] },
          ],
        },
        actions: [{ type: 'add_tag', tag: 'big' }],
        priority: 100,
        enabled: true,
      }),
    );
  });

  it('puts a wrong value on its condition row and an empty tag on its action row, in both languages', () => {
    const result = ruleDraftSchema(euro).safeParse({
      ...emptyDraft,
      name: 'Countries',
      conditions: [
        { field: 'totals.gross', operator: 'gte', value: '10' },
        { field: 'shippingAddress.country', operator: 'eq', value: 'Germany' },
      ],
      actions: [
        { type: 'add_tag', tag: 'ok' },
        { type: 'add_tag', tag: ' ' },
      ],
    });
    if (result.success) throw new Error('expected a refusal');
    const en = draftIssueSentences(result.error.issues, 'en');
    expect(Object.keys(en)).toEqual(['conditions.1.value', 'actions.1.tag']);
    expect(en['actions.1.tag']).toBe('Row 2: Please fill in “Tag”.');
    expect(en['conditions.1.value']).toMatch(/^Row 2: /);
    const de = draftIssueSentences(result.error.issues, 'de');
    expect(de['actions.1.tag']).toBe('Zeile 2: Bitte füllen Sie „Tag“ aus.');
    expect(de['conditions.1.value']).toMatch(/^Zeile 2: /);
  });
});
