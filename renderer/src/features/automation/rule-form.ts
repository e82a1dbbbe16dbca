import {
  automationRuleInputSchema,
  conditionFields,
  type AutomationRule,
  type AutomationRuleInput,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';
import { issuesFromZod, type ErrorIssue } from '../../../../shared/errors';
import { moneyInputValue, parseMoneyInput } from '../../i18n/format';

/** Condition fields holding money: typed and shown in currency units, stored in minor units. */
export const moneyConditionFields: ReadonlySet<ConditionField> = new Set(['totals.gross']);

/** The store's currency and the user's locale, for amounts in conditions. */
export interface MoneyFormat {
  currency: string;
  locale: string;
}

/** A condition as typed in the form: the value is text until the rule is saved. */
export interface ConditionDraft {
  field: ConditionField;
  operator: string;
  value: string;
}

export interface RuleDraft {
  name: string;
  trigger: AutomationRuleInput['trigger'];
  match: 'all' | 'any';
  conditions: ConditionDraft[];
  actions: RuleAction[];
  priority: number;
  enabled: boolean;
}

export const emptyDraft: RuleDraft = {
  name: '',
  trigger: 'order_paid',
  match: 'all',
  conditions: [],
  actions: [{ type: 'add_tag', tag: '' }],
  priority: 100,
  enabled: true,
};

function valueText(field: ConditionField, value: string | number, money: MoneyFormat): string {
  return moneyConditionFields.has(field) && typeof value === 'number'
    ? moneyInputValue(value, money.currency, money.locale)
    : String(value);
}

/** The form's view of a stored rule (amounts in currency units). */
export function draftOf(rule: AutomationRule, money: MoneyFormat): RuleDraft {
  return {
    name: rule.name,
    trigger: rule.trigger,
    match: rule.conditions.match,
    conditions: rule.conditions.items.map((c) => ({
      field: c.field,
      operator: c.operator,
      value: Array.isArray(c.value)
        ? c.value.map((v) => valueText(c.field, v, money)).join(c.operator === 'in' ? '; ' : ', ')
        : valueText(c.field, c.value, money),
    })),
    actions: rule.actions,
    priority: rule.priority,
    enabled: rule.enabled,
  };
}

function typedValue(
  field: ConditionField,
  operator: string,
  text: string,
  money: MoneyFormat,
): string | number | (string | number)[] | undefined {
  const isMoney = moneyConditionFields.has(field);
  const isNumber = conditionFields[field].kind === 'number';
  const one = (part: string): string | number | undefined => {
    if (isMoney) return parseMoneyInput(part, money.currency);
    return isNumber && part.trim() !== '' ? Number(part) : part.trim();
  };
  // Amounts may contain a decimal comma, so a list of amounts is split at semicolons.
  if (operator !== 'in') return one(text);
  const parts = text.split(isMoney ? ';' : ',').map(one);
  return parts.every((part) => part !== undefined) ? parts.filter((part) => part !== undefined) : undefined;
}

/**
 * Validates the form with the shared schema: the rule input (amounts in minor units), or the
 * issues to show (paths as the schema names them: `conditions.items.0.value`).
 */
export function ruleInputOf(
  draft: RuleDraft,
  money: MoneyFormat,
): { ok: true; input: AutomationRuleInput } | { ok: false; issues: ErrorIssue[] } {
  const values = draft.conditions.map((c) => typedValue(c.field, c.operator, c.value, money));
  const unreadable = values.flatMap((value, index) =>
    value === undefined && draft.conditions[index]?.value.trim() !== ''
      ? [{ path: `conditions.items.${index}.value`, message: 'Not an amount', code: 'invalid_type' }]
      : [],
  );
  if (unreadable.length > 0) return { ok: false, issues: unreadable };
  const parsed = automationRuleInputSchema.safeParse({
    name: draft.name,
    trigger: draft.trigger,
    conditions: {
      match: draft.match,
      items: draft.conditions.map((c, index) => ({
        field: c.field,
        operator: c.operator,
        value: values[index] ?? '',
      })),
    },
    actions: draft.actions,
    priority: draft.priority,
    enabled: draft.enabled,
  });
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error.issues) };
}
