import { z } from 'zod';
import {
  automationRuleInputSchema,
  automationTriggerSchema,
  conditionFieldSchema,
  conditionFields,
  type AutomationRule,
  type AutomationRuleInput,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';
import type { ErrorIssue } from '../../../../shared/errors';
import { addDraftIssues, issueOfMessage } from '../orders/draft-issues';
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

/** The draft field an issue of the shared rule schema is shown under (undefined: the form as a whole). */
function placeOf(path: readonly PropertyKey[]): (string | number)[] | undefined {
  const [head, second, third, fourth] = path;
  if (head === 'name' || head === 'trigger' || head === 'priority') return [head];
  if (head === 'conditions' && second === 'match') return ['match'];
  if (head === 'conditions' && second === 'items' && typeof third === 'number')
    return ['conditions', third, fourth === 'field' || fourth === 'operator' ? fourth : 'value'];
  if (head === 'actions' && typeof second === 'number')
    return ['actions', second, typeof third === 'string' ? third : 'type'];
  return undefined;
}

/** The message of an amount condition whose value is no amount: worded by the editor (`editor.amountInvalid`). */
export const amountInvalidKey = 'amountInvalid';
/** The message of an "assign shipping method" action without a method (`editor.methodMissing`). */
export const methodMissingKey = 'methodMissing';

/**
 * The rule editor's schema for the store's currency: the draft as typed (amounts in currency
 * units, lists as text), checked and converted by the shared `automationRuleInputSchema` (the one
 * the server uses). Issues land on the draft field of their row (`conditions.0.value`,
 * `actions.1.tag`), carrying the issue for `describeIssue` to word.
 */
export function ruleDraftSchema(money: MoneyFormat) {
  return z
    .object({
      name: z.string(),
      trigger: automationTriggerSchema,
      match: z.enum(['all', 'any']),
      conditions: z.array(z.object({ field: conditionFieldSchema, operator: z.string(), value: z.string() })),
      actions: z.array(z.custom<RuleAction>()),
      priority: z.number(),
      enabled: z.boolean(),
    })
    .transform((draft, ctx): AutomationRuleInput => {
      const values = draft.conditions.map((c) => typedValue(c.field, c.operator, c.value, money));
      const unreadable = values.flatMap((value, index) =>
        value === undefined && draft.conditions[index]?.value.trim() !== '' ? [index] : [],
      );
      for (const index of unreadable) {
        ctx.addIssue({ code: 'custom', path: ['conditions', index, 'value'], message: amountInvalidKey });
      }
      const unchosen = draft.actions.flatMap((action, index) =>
        action.type === 'assign_shipping_method' && action.shippingMethodId === '' ? [index] : [],
      );
      for (const index of unchosen) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', index, 'shippingMethodId'],
          message: methodMissingKey,
        });
      }
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
      if (parsed.success && unreadable.length + unchosen.length === 0) return parsed.data;
      // The other fields' problems are shown with the unreadable amounts, not after they are fixed.
      const sayAlready = ({ path }: { path: PropertyKey[] }) =>
        (path[0] === 'conditions' && unreadable.includes(Number(path[2]))) ||
        (path[0] === 'actions' && unchosen.includes(Number(path[1])));
      addDraftIssues(ctx, parsed.error?.issues.filter((issue) => !sayAlready(issue)) ?? [], placeOf);
      return z.NEVER;
    });
}

/** Checks the draft: the rule input (amounts in minor units), or the issues by draft path (`conditions.0.value`). */
export function ruleInputOf(
  draft: RuleDraft,
  money: MoneyFormat,
): { ok: true; input: AutomationRuleInput } | { ok: false; issues: ErrorIssue[] } {
  const parsed = ruleDraftSchema(money).safeParse(draft);
  if (parsed.success) return { ok: true, input: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map(
      (issue) => issueOfMessage(issue.message) ?? { path: issue.path.join('.'), message: issue.message },
    ),
  };
}
