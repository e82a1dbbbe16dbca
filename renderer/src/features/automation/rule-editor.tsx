import { useState } from 'react';
import { orderStatuses } from '../../../../shared/schemas/order';
import {
  automationTriggers,
  conditionFields,
  operatorsByKind,
  ruleActionSchema,
  type AutomationRuleInput,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';
import { describeIssue } from '../../i18n/error-text';
import { useEnumLabel } from '../../i18n/enum-label';
import { moneyInputValue, useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { moneyConditionFields, ruleInputOf, type MoneyFormat, type RuleDraft } from './rule-form';

const fieldNames = Object.keys(conditionFields).filter((f): f is ConditionField => f in conditionFields);
const actionTypes = ruleActionSchema.options.map((option) => option.shape.type.value);
const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => option === value);

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
  const t = useT('automation');
  const label = useEnumLabel();
  const methods = useAllShippingMethods();
  if (action.type === 'set_status')
    return (
      <select
        aria-label={t('editor.actionStatus')}
        value={action.status}
        onChange={(e) =>
          onChange({ ...action, status: pick(orderStatuses, e.target.value) ?? action.status })
        }
      >
        {orderStatuses.map((s) => (
          <option key={s} value={s}>
            {label('orderStatus', s)}
          </option>
        ))}
      </select>
    );
  if (action.type === 'add_tag' || action.type === 'remove_tag')
    return (
      <input
        aria-label={t('editor.actionTag')}
        placeholder={t('editor.tagPlaceholder')}
        value={action.tag}
        onChange={(e) => onChange({ ...action, tag: e.target.value })}
      />
    );
  if (action.type === 'assign_shipping_method')
    return (
      <select
        aria-label={t('editor.method')}
        value={action.shippingMethodId}
        onChange={(e) => onChange({ ...action, shippingMethodId: e.target.value })}
      >
        <option value="">{t('editor.chooseMethod')}</option>
        {methods.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    );
  return null;
}

/** Create/edit form of an automation rule: trigger, conditions (all/any), actions, priority, enabled. */
export function RuleEditor({
  initial,
  money,
  onSave,
  onCancel,
}: {
  initial: RuleDraft;
  money: MoneyFormat;
  onSave: (input: AutomationRuleInput) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT('automation');
  const errorsT = useT('errors');
  const fmt = useFormat();
  const label = useEnumLabel();
  const [draft, setDraft] = useState<RuleDraft>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (change: Partial<RuleDraft>): void => setDraft({ ...draft, ...change });
  const setCondition = (i: number, change: Partial<RuleDraft['conditions'][number]>): void =>
    set({ conditions: draft.conditions.map((x, j) => (j === i ? { ...x, ...change } : x)) });
  const submit = async (): Promise<void> => {
    const checked = ruleInputOf(draft, money);
    if (!checked.ok)
      return setProblems([
        ...new Set(
          checked.issues.map((issue) => describeIssue(issue, errorsT, fmt, { currency: money.currency })),
        ),
      ]);
    const error = await onSave(checked.input);
    setProblems(error ? [error] : []);
  };
  const example = moneyInputValue(100000, money.currency, money.locale);
  return (
    <div className="rule-editor" data-testid="rule-editor">
      <div className="line">
        <input
          aria-label={t('editor.name')}
          placeholder={t('editor.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <label>
          {t('editor.when')}{' '}
          <select
            aria-label={t('editor.trigger')}
            value={draft.trigger}
            onChange={(e) => set({ trigger: pick(automationTriggers, e.target.value) ?? draft.trigger })}
          >
            {automationTriggers.map((trigger) => (
              <option key={trigger} value={trigger}>
                {label('automationTrigger', trigger)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.priority')}{' '}
          <input
            type="number"
            aria-label={t('editor.priority')}
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
          {t('editor.enabled')}
        </label>
      </div>
      <div className="line">
        {t('editor.conditions')}{' '}
        <select
          aria-label={t('editor.match')}
          value={draft.match}
          onChange={(e) => set({ match: pick(['all', 'any'] as const, e.target.value) ?? draft.match })}
        >
          <option value="all">{label('conditionMatch', 'all')}</option>
          <option value="any">{label('conditionMatch', 'any')}</option>
        </select>
        <button
          type="button"
          onClick={() =>
            set({ conditions: [...draft.conditions, { field: 'totals.gross', operator: 'gte', value: '' }] })
          }
        >
          {t('editor.addCondition')}
        </button>
      </div>
      {draft.conditions.map((c, i) => {
        const isMoney = moneyConditionFields.has(c.field);
        return (
          <div className="line" key={i}>
            <select
              aria-label={t('editor.field')}
              value={c.field}
              onChange={(e) => setCondition(i, { field: pick(fieldNames, e.target.value) ?? c.field })}
            >
              {fieldNames.map((f) => (
                <option key={f} value={f}>
                  {label('conditionField', f)}
                </option>
              ))}
            </select>
            <select
              aria-label={t('editor.operator')}
              value={c.operator}
              onChange={(e) => setCondition(i, { operator: e.target.value })}
            >
              {operatorsByKind[conditionFields[c.field].kind].map((o) => (
                <option key={o} value={o}>
                  {label('conditionOperator', o)}
                </option>
              ))}
            </select>
            <input
              aria-label={t('editor.value')}
              inputMode={isMoney ? 'decimal' : undefined}
              placeholder={
                isMoney
                  ? t('editor.moneyPlaceholder', { example })
                  : c.operator === 'in'
                    ? t('editor.listPlaceholder')
                    : t('editor.valuePlaceholder')
              }
              value={c.value}
              onChange={(e) => setCondition(i, { value: e.target.value })}
            />
            {isMoney && <span className="muted">{t('editor.moneyHint', { currency: money.currency })}</span>}
            <button
              type="button"
              className="link"
              onClick={() => set({ conditions: draft.conditions.filter((_, j) => j !== i) })}
            >
              {t('editor.remove')}
            </button>
          </div>
        );
      })}
      <div className="line">
        {t('editor.actions')}{' '}
        <button type="button" onClick={() => set({ actions: [...draft.actions, defaultAction('add_tag')] })}>
          {t('editor.addAction')}
        </button>
      </div>
      {draft.actions.map((a, i) => (
        <div className="line" key={i}>
          <select
            aria-label={t('editor.actionType')}
            value={a.type}
            onChange={(e) => {
              const type = pick(actionTypes, e.target.value);
              if (type) set({ actions: draft.actions.map((x, j) => (j === i ? defaultAction(type) : x)) });
            }}
          >
            {actionTypes.map((type) => (
              <option key={type} value={type}>
                {label('ruleAction', type)}
              </option>
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
            {t('editor.remove')}
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
          {t('editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </div>
  );
}
