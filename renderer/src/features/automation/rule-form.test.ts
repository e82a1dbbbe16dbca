import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, ruleInputOf } from './rule-form';

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
    expect(refused.ok ? [] : refused.issues.map((issue) => issue.path)).toEqual(['conditions.items.0.value']);
  });
});
