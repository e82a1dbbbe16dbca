import type { ReactNode } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { orderStatuses } from '../../../../shared/schemas/order';
import {
  conditionFields,
  operatorsByKind,
  ruleActionSchema,
  type AutomationRuleInput,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';
import { useEnumLabel } from '../../i18n/enum-label';
import { moneyInputValue } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { moneyConditionFields, type MoneyFormat, type RuleDraft } from './rule-form';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';

export type RuleForm = UseFormReturn<RuleDraft, unknown, AutomationRuleInput>;

/** A field's error state: aria-invalid, the id of its sentence and the sentence itself. */
export type FieldA11y = (path: string) => {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  sentence: ReactNode;
};

export const fieldNames = Object.keys(conditionFields).filter(
  (f): f is ConditionField => f in conditionFields,
);
export const actionTypes = ruleActionSchema.options.map((option) => option.shape.type.value);

export function defaultAction(type: RuleAction['type']): RuleAction {
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

/** One condition: field, operator (those its kind allows) and the value as typed. */
export function ConditionRow({
  form,
  index,
  money,
  a11y,
  onRemove,
}: {
  form: RuleForm;
  index: number;
  money: MoneyFormat;
  a11y: FieldA11y;
  onRemove: () => void;
}) {
  const t = useT('automation');
  const label = useEnumLabel();
  const field = useWatch({ control: form.control, name: `conditions.${index}.field` });
  const operator = useWatch({ control: form.control, name: `conditions.${index}.operator` });
  const isMoney = moneyConditionFields.has(field);
  const example = moneyInputValue(100000, money.currency, money.locale);
  const { sentence: fieldSentence, ...fieldState } = a11y(`conditions.${index}.field`);
  const { sentence: operatorSentence, ...operatorState } = a11y(`conditions.${index}.operator`);
  const { sentence: valueSentence, ...valueState } = a11y(`conditions.${index}.value`);
  return (
    <div className="line">
      <select aria-label={t('editor.field')} {...form.register(`conditions.${index}.field`)} {...fieldState}>
        {fieldNames.map((f) => (
          <option key={f} value={f}>
            {label('conditionField', f)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('editor.operator')}
        {...form.register(`conditions.${index}.operator`)}
        {...operatorState}
      >
        {operatorsByKind[conditionFields[field].kind].map((o) => (
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
            : operator === 'in'
              ? t('editor.listPlaceholder')
              : t('editor.valuePlaceholder')
        }
        {...form.register(`conditions.${index}.value`)}
        {...valueState}
      />
      {isMoney && <span className="muted">{t('editor.moneyHint', { currency: money.currency })}</span>}
      <button type="button" className="link" onClick={onRemove}>
        {t('editor.remove')}
      </button>
      {fieldSentence}
      {operatorSentence}
      {valueSentence}
    </div>
  );
}

/** One action: its type, then what it needs (a status, a tag, a shipping method). */
export function ActionRow({
  form,
  index,
  a11y,
  onRemove,
}: {
  form: RuleForm;
  index: number;
  a11y: FieldA11y;
  onRemove: () => void;
}) {
  const t = useT('automation');
  const label = useEnumLabel();
  const methods = useAllShippingMethods();
  const type = useWatch({ control: form.control, name: `actions.${index}.type` });
  const { sentence: typeSentence, ...typeState } = a11y(`actions.${index}.type`);
  const param = (key: 'status' | 'tag' | 'shippingMethodId') => a11y(`actions.${index}.${key}`);
  const { sentence: paramSentence, ...paramState } = param(
    type === 'set_status' ? 'status' : type === 'assign_shipping_method' ? 'shippingMethodId' : 'tag',
  );
  return (
    <div className="line">
      <select
        aria-label={t('editor.actionType')}
        value={type}
        {...typeState}
        onChange={(e) => {
          const next = actionTypes.find((option) => option === e.target.value);
          if (next) form.setValue(`actions.${index}`, defaultAction(next));
        }}
      >
        {actionTypes.map((option) => (
          <option key={option} value={option}>
            {label('ruleAction', option)}
          </option>
        ))}
      </select>
      {type === 'set_status' && (
        <select
          aria-label={t('editor.actionStatus')}
          {...form.register(`actions.${index}.status`)}
          {...paramState}
        >
          {orderStatuses.map((s) => (
            <option key={s} value={s}>
              {label('orderStatus', s)}
            </option>
          ))}
        </select>
      )}
      {(type === 'add_tag' || type === 'remove_tag') && (
        <input
          aria-label={t('editor.actionTag')}
          placeholder={t('editor.tagPlaceholder')}
          {...form.register(`actions.${index}.tag`)}
          {...paramState}
        />
      )}
      {type === 'assign_shipping_method' && (
        <ChoiceSelect
          aria-label={t('editor.method')}
          placeholder={t('editor.chooseMethod')}
          choices={toChoices(
            methods,
            (m) => m.id,
            (m) => m.name,
          )}
          {...form.register(`actions.${index}.shippingMethodId`)}
          {...paramState}
        />
      )}
      <button type="button" className="link" onClick={onRemove}>
        {t('editor.remove')}
      </button>
      {typeSentence}
      {paramSentence}
    </div>
  );
}
