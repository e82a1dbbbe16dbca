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
import { moneyConditionFields, type MoneyFormat, type RuleDraft } from './rule-form';
import { ChoiceSelect } from '../../forms/choice-select';
import { ShippingMethodSelect } from '../shipping-methods/shipping-method-select';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';

export type RuleForm = UseFormReturn<RuleDraft, unknown, AutomationRuleInput>;

/** A field's error state: aria-invalid, the id of its sentence and the sentence itself. */
export type FieldA11y = (path: string) => {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  sentence: ReactNode;
};

/** What a condition or action row gets: the form, its index among its siblings, and how to remove it. */
interface RuleRowProps {
  form: RuleForm;
  index: number;
  a11y: FieldA11y;
  onRemove: (index: number) => void;
}

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
export function ConditionRow({ form, index, money, a11y, onRemove }: RuleRowProps & { money: MoneyFormat }) {
  const t = useT('automation');
  const label = useEnumLabel();
  const field = useWatch({ control: form.control, name: `conditions.${index}.field` });
  const operator = useWatch({ control: form.control, name: `conditions.${index}.operator` });
  const isMoney = moneyConditionFields.has(field);
  const example = moneyInputValue(100000, money.currency, money.locale);
  const { sentence: fieldSentence, ...fieldState } = a11y(`conditions.${index}.field`);
  const { sentence: operatorSentence, ...operatorState } = a11y(`conditions.${index}.operator`);
  const { sentence: valueSentence, ...valueState } = a11y(`conditions.${index}.value`);
  const fieldChoices = fieldNames.map((f) => ({ value: f, label: label('conditionField', f) }));
  const operators = operatorsByKind[conditionFields[field].kind];
  const operatorChoices = operators.map((o) => ({ value: o, label: label('conditionOperator', o) }));
  const fieldProps = { ...form.register(`conditions.${index}.field`), ...fieldState };
  const operatorProps = { ...form.register(`conditions.${index}.operator`), ...operatorState };
  return (
    <div className="line">
      <ChoiceSelect aria-label={t('editor.field')} choices={fieldChoices} {...fieldProps} />
      <ChoiceSelect aria-label={t('editor.operator')} choices={operatorChoices} {...operatorProps} />
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
      <button type="button" className="link" onClick={() => onRemove(index)}>
        {t('editor.remove')}
      </button>
      {fieldSentence}
      {operatorSentence}
      {valueSentence}
    </div>
  );
}

/** One action: its type, then what it needs (a status, a tag, a shipping method). */
export function ActionRow({ form, index, a11y, onRemove }: RuleRowProps) {
  const t = useT('automation');
  const label = useEnumLabel();
  const methods = useAllShippingMethods();
  const type = useWatch({ control: form.control, name: `actions.${index}.type` });
  const { sentence: typeSentence, ...typeState } = a11y(`actions.${index}.type`);
  const param = (key: 'status' | 'tag' | 'shippingMethodId') => a11y(`actions.${index}.${key}`);
  const { sentence: paramSentence, ...paramState } = param(
    type === 'set_status' ? 'status' : type === 'assign_shipping_method' ? 'shippingMethodId' : 'tag',
  );
  const paramProps = (key: 'status' | 'tag' | 'shippingMethodId') => ({
    ...form.register(`actions.${index}.${key}`),
    ...paramState,
  });
  const typeChoices = actionTypes.map((a) => ({ value: a, label: label('ruleAction', a) }));
  const statusChoices = orderStatuses.map((s) => ({ value: s, label: label('orderStatus', s) }));
  return (
    <div className="line">
      <ChoiceSelect
        aria-label={t('editor.actionType')}
        choices={typeChoices}
        value={type}
        {...typeState}
        onChange={(e) => {
          const next = actionTypes.find((option) => option === e.target.value);
          if (next) form.setValue(`actions.${index}`, defaultAction(next));
        }}
      />
      {type === 'set_status' && (
        <ChoiceSelect
          aria-label={t('editor.actionStatus')}
          choices={statusChoices}
          {...paramProps('status')}
        />
      )}
      {(type === 'add_tag' || type === 'remove_tag') && (
        <input
          aria-label={t('editor.actionTag')}
          placeholder={t('editor.tagPlaceholder')}
          {...paramProps('tag')}
        />
      )}
      {type === 'assign_shipping_method' && (
        <ShippingMethodSelect
          aria-label={t('editor.method')}
          placeholder={t('editor.chooseMethod')}
          methods={methods}
          {...paramProps('shippingMethodId')}
        />
      )}
      <button type="button" className="link" onClick={() => onRemove(index)}>
        {t('editor.remove')}
      </button>
      {typeSentence}
      {paramSentence}
    </div>
  );
}
