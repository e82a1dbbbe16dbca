import {
  automationRuleInputSchema,
  conditionFields,
  type AutomationRule,
  type AutomationRuleInput,
  type ConditionField,
  type RuleAction,
} from '../../../../shared/schemas/automation-rule';

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

/** The form's view of a stored rule. */
export function draftOf(rule: AutomationRule): RuleDraft {
  return {
    name: rule.name,
    trigger: rule.trigger,
    match: rule.conditions.match,
    conditions: rule.conditions.items.map((c) => ({
      field: c.field,
      operator: c.operator,
      value: Array.isArray(c.value) ? c.value.join(', ') : String(c.value),
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
): string | number | (string | number)[] {
  const isNumber = conditionFields[field].kind === 'number';
  const one = (part: string): string | number =>
    isNumber && part.trim() !== '' ? Number(part) : part.trim();
  return operator === 'in' ? text.split(',').map(one) : one(text);
}

/** Validates the form with the shared schema: the rule input, or the problems to show. */
export function ruleInputOf(
  draft: RuleDraft,
): { ok: true; input: AutomationRuleInput } | { ok: false; problems: string[] } {
  const parsed = automationRuleInputSchema.safeParse({
    name: draft.name,
    trigger: draft.trigger,
    conditions: {
      match: draft.match,
      items: draft.conditions.map((c) => ({
        field: c.field,
        operator: c.operator,
        value: typedValue(c.field, c.operator, c.value),
      })),
    },
    actions: draft.actions,
    priority: draft.priority,
    enabled: draft.enabled,
  });
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
