import { useCallback } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { automationTriggers, type AutomationRuleInput } from '../../../../shared/schemas/automation-rule';
import { useEnumLabel } from '../../i18n/enum-label';
import { useT } from '../../i18n/use-t';
import { refusalType } from '../orders/draft-issues';
import { useDraftErrorText } from '../orders/use-draft-error-text';
import {
  amountInvalidKey,
  methodMissingKey,
  ruleDraftSchema,
  type MoneyFormat,
  type RuleDraft,
} from './rule-form';
import { moneyInputValue } from '../../i18n/format';
import { ActionRow, ConditionRow, defaultAction, type FieldA11y } from './rule-rows';

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
  const label = useEnumLabel();
  const form = useForm<RuleDraft, unknown, AutomationRuleInput>({
    defaultValues: initial,
    resolver: zodResolver(ruleDraftSchema(money)),
    shouldFocusError: true,
  });
  const { register, control, handleSubmit, formState, setError } = form;
  const conditions = useFieldArray({ control, name: 'conditions' });
  const actions = useFieldArray({ control, name: 'actions' });
  const example = moneyInputValue(100000, money.currency, money.locale);
  const keyText = useCallback(
    (message: string) =>
      message === amountInvalidKey
        ? t('editor.amountInvalid', { example })
        : message === methodMissingKey
          ? t('editor.methodMissing')
          : message,
    [t, example],
  );
  const errorAt = useDraftErrorText(formState.errors, money.currency, keyText);
  const a11y: FieldA11y = (path) => {
    const sentence = errorAt(path);
    const id = `rule-${path.replaceAll('.', '-')}-error`;
    return sentence === undefined
      ? { 'aria-invalid': undefined, 'aria-describedby': undefined, sentence: null }
      : {
          'aria-invalid': true,
          'aria-describedby': id,
          sentence: (
            <span className="field-error" id={id}>
              {sentence}
            </span>
          ),
        };
  };
  const rowProps = { form, a11y };
  const save = handleSubmit(async (input) => {
    const error = await onSave(input);
    if (error) setError('root', { type: refusalType, message: error });
  });
  const { sentence: nameSentence, ...nameState } = a11y('name');
  const { sentence: prioritySentence, ...priorityState } = a11y('priority');
  const formError = errorAt('root');
  return (
    <div className="rule-editor" data-testid="rule-editor">
      <div className="line">
        <input
          aria-label={t('editor.name')}
          placeholder={t('editor.name')}
          {...register('name')}
          {...nameState}
        />
        <label>
          {t('editor.when')}{' '}
          <select aria-label={t('editor.trigger')} {...register('trigger')}>
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
            {...register('priority', { valueAsNumber: true })}
            {...priorityState}
            style={{ width: 80 }}
          />
        </label>
        <label>
          <input type="checkbox" {...register('enabled')} /> {t('editor.enabled')}
        </label>
        {nameSentence}
        {prioritySentence}
      </div>
      <div className="line">
        {t('editor.conditions')}{' '}
        <select aria-label={t('editor.match')} {...register('match')}>
          <option value="all">{label('conditionMatch', 'all')}</option>
          <option value="any">{label('conditionMatch', 'any')}</option>
        </select>
        <button
          type="button"
          onClick={() => conditions.append({ field: 'totals.gross', operator: 'gte', value: '' })}
        >
          {t('editor.addCondition')}
        </button>
      </div>
      {conditions.fields.map((row, index) => (
        <ConditionRow key={row.id} {...rowProps} index={index} money={money} onRemove={conditions.remove} />
      ))}
      <div className="line">
        {t('editor.actions')}{' '}
        <button type="button" onClick={() => actions.append(defaultAction('add_tag'))}>
          {t('editor.addAction')}
        </button>
      </div>
      {actions.fields.map((row, index) => (
        <ActionRow key={row.id} {...rowProps} index={index} onRemove={actions.remove} />
      ))}
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <div className="line">
        <button
          type="button"
          className="primary"
          disabled={formState.isSubmitting}
          onClick={() => void save()}
        >
          {t('editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </div>
  );
}
