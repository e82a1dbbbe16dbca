import { useState } from 'react';
import {
  automationTriggers,
  conditionFields,
  operatorsByKind,
  ruleActionSchema,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';
import { orderStatuses, type OrderStatus } from '../../../../shared/schemas/order';
import { ruleInputOf, type RuleDraft } from './rule-form';

const fieldNames = Object.keys(conditionFields) as ConditionField[];
const actionTypes = ruleActionSchema.options.map((option) => option.shape.type.value);

function defaultAction(type: RuleAction['type']): RuleAction {
  switch (type) {
    case 'set_status':
      return { type, status: 'processing' };
    case 'add_tag':
    case 'remove_tag':
      return { type, tag: '' };
    case 'assign_shipping_method':
      return { type, shippingMethodId: '' };
    case 'hold':
      return { type };
    case 'issue_invoice':
      return { type };
  }
}

function ActionParam({ action, onChange }: { action: RuleAction; onChange: (a: RuleAction) => void }) {
  if (action.type === 'set_status')
    return (
      <select
        aria-label="Action status"
        value={action.status}
        onChange={(e) => onChange({ ...action, status: e.target.value as OrderStatus })}
      >
        {orderStatuses.map((s) => (
          <option key={s}>{s}</option>
        ))}
      </select>
    );
  if (action.type === 'add_tag' || action.type === 'remove_tag')
    return (
      <input
        aria-label="Action tag"
        placeholder="tag"
        value={action.tag}
        onChange={(e) => onChange({ ...action, tag: e.target.value })}
      />
    );
  if (action.type === 'assign_shipping_method')
    return (
      <input
        aria-label="Shipping method id"
        placeholder="shipping method id"
        value={action.shippingMethodId}
        onChange={(e) => onChange({ ...action, shippingMethodId: e.target.value })}
      />
    );
  return null;
}

/** Create/edit form of an automation rule: trigger, conditions (all/any), actions, priority, enabled. */
export function RuleEditor({
  initial,
  onSave,
  onCancel,
}: {
  initial: RuleDraft;
  onSave: (draft: RuleDraft) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (change: Partial<RuleDraft>): void => setDraft({ ...draft, ...change });
  const submit = async (): Promise<void> => {
    const checked = ruleInputOf(draft);
    if (!checked.ok) return setProblems(checked.problems);
    const error = await onSave(draft);
    setProblems(error ? [error] : []);
  };
  return (
    <div className="rule-editor" data-testid="rule-editor">
      <div className="line">
        <input
          aria-label="Rule name"
          placeholder="Rule name"
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <label>
          When{' '}
          <select
            aria-label="Trigger"
            value={draft.trigger}
            onChange={(e) => set({ trigger: e.target.value as RuleDraft['trigger'] })}
          >
            {automationTriggers.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Priority{' '}
          <input
            type="number"
            aria-label="Priority"
            value={draft.priority}
            onChange={(e) => set({ priority: Number(e.target.value) })}
            style={{ width: 80 }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.target.checked })}
          />{' '}
          Enabled
        </label>
      </div>
      <div className="line">
        Conditions: match{' '}
        <select
          aria-label="Match"
          value={draft.match}
          onChange={(e) => set({ match: e.target.value as 'all' | 'any' })}
        >
          <option value="all">all</option>
          <option value="any">any</option>
        </select>
        <button
          type="button"
          onClick={() =>
            set({ conditions: [...draft.conditions, { field: 'totals.gross', operator: 'gte', value: '' }] })
          }
        >
          + Condition
        </button>
      </div>
      {draft.conditions.map((c, i) => (
        <div className="line" key={i}>
          <select
            aria-label="Condition field"
            value={c.field}
            onChange={(e) =>
              set({
                conditions: draft.conditions.map((x, j) =>
                  j === i ? { ...x, field: e.target.value as ConditionField } : x,
                ),
              })
            }
          >
            {fieldNames.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
          <select
            aria-label="Condition operator"
            value={c.operator}
            onChange={(e) =>
              set({
                conditions: draft.conditions.map((x, j) =>
                  j === i ? { ...x, operator: e.target.value } : x,
                ),
              })
            }
          >
            {operatorsByKind[conditionFields[c.field].kind].map((o) => (
              <option key={o}>{o}</option>
            ))}
          </select>
          <input
            aria-label="Condition value"
            placeholder={c.operator === 'in' ? 'a, b, c' : 'value'}
            value={c.value}
            onChange={(e) =>
              set({
                conditions: draft.conditions.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)),
              })
            }
          />
          <button
            type="button"
            className="link"
            onClick={() => set({ conditions: draft.conditions.filter((_, j) => j !== i) })}
          >
            Remove
          </button>
        </div>
      ))}
      <div className="line">
        Actions{' '}
        <button type="button" onClick={() => set({ actions: [...draft.actions, defaultAction('add_tag')] })}>
          + Action
        </button>
      </div>
      {draft.actions.map((a, i) => (
        <div className="line" key={i}>
          <select
            aria-label="Action type"
            value={a.type}
            onChange={(e) =>
              set({
                actions: draft.actions.map((x, j) =>
                  j === i ? defaultAction(e.target.value as RuleAction['type']) : x,
                ),
              })
            }
          >
            {actionTypes.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <ActionParam
            action={a}
            onChange={(next) => set({ actions: draft.actions.map((x, j) => (j === i ? next : x)) })}
          />
          <button
            type="button"
            className="link"
            onClick={() => set({ actions: draft.actions.filter((_, j) => j !== i) })}
          >
            Remove
          </button>
        </div>
      ))}
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="line">
        <button type="button" className="primary" onClick={() => void submit()}>
          Save rule
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
