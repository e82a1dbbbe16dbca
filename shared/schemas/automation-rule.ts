import { z } from 'zod';
import { isoDateTimeSchema, syncedFields, uuidSchema, vatTreatmentSchema } from './common';
import { channelSchema, fulfillmentStatusSchema, orderStatusSchema, paymentStatusSchema } from './order';
import { customerTypeSchema } from './customer';

export const automationTriggers = [
  'order_created',
  'order_paid',
  'order_fully_shipped',
  'exception_resolved',
  'order_cancelled',
] as const;
export const automationTriggerSchema = z.enum(automationTriggers);
export type AutomationTrigger = z.infer<typeof automationTriggerSchema>;

export const conditionOperators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'in'] as const;
export const conditionOperatorSchema = z.enum(conditionOperators);
export type ConditionOperator = z.infer<typeof conditionOperatorSchema>;

/** How a condition field is compared: its kind, and the values it may take when closed. */
export type ConditionFieldSpec =
  | { kind: 'number' }
  | { kind: 'string'; values?: readonly string[]; pattern?: RegExp }
  | { kind: 'string_list' };

/** The order fields a rule may test (a whitelist: rules never reach arbitrary data). */
export const conditionFields = {
  status: { kind: 'string', values: orderStatusSchema.options },
  paymentStatus: { kind: 'string', values: paymentStatusSchema.options },
  fulfillmentStatus: { kind: 'string', values: fulfillmentStatusSchema.options },
  channel: { kind: 'string', values: channelSchema.options },
  marketplace: { kind: 'string' },
  /** Gross total in minor units. */
  'totals.gross': { kind: 'number' },
  'shippingAddress.country': { kind: 'string', pattern: /^[A-Z]{2}$/ },
  tags: { kind: 'string_list' },
  'customer.type': { kind: 'string', values: customerTypeSchema.options },
  vatTreatment: { kind: 'string', values: vatTreatmentSchema.options },
  /** Units ordered (sum of item quantities, cancelled units excluded). */
  itemCount: { kind: 'number' },
} as const satisfies Record<string, ConditionFieldSpec>;
export type ConditionField = keyof typeof conditionFields;
export const conditionFieldSchema = z.enum(
  Object.keys(conditionFields) as [ConditionField, ...ConditionField[]],
);

/** Operators allowed per kind of field. */
export const operatorsByKind: Record<ConditionFieldSpec['kind'], readonly ConditionOperator[]> = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in'],
  string: ['eq', 'neq', 'contains', 'in'],
  string_list: ['contains', 'in'],
};

const scalarValueSchema = z.union([z.string().max(200), z.number().finite()]);
export const conditionValueSchema = z.union([scalarValueSchema, z.array(scalarValueSchema).min(1).max(100)]);
export type ConditionValue = z.infer<typeof conditionValueSchema>;

export const ruleConditionSchema = z
  .object({ field: conditionFieldSchema, operator: conditionOperatorSchema, value: conditionValueSchema })
  .superRefine((condition, ctx) => {
    const problem = conditionProblem(conditionFields[condition.field], condition.operator, condition.value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [problem.path] });
  });
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** Why an operator/value does not fit a field, or null when it does. */
function conditionProblem(
  spec: ConditionFieldSpec,
  operator: ConditionOperator,
  value: ConditionValue,
): { path: 'operator' | 'value'; message: string } | null {
  if (!operatorsByKind[spec.kind].includes(operator)) {
    return { path: 'operator', message: `Operator ${operator} does not apply to this field` };
  }
  const message = valueProblem(spec, operator, value);
  return message === null ? null : { path: 'value', message };
}

function valueProblem(
  spec: ConditionFieldSpec,
  operator: ConditionOperator,
  value: ConditionValue,
): string | null {
  const values = Array.isArray(value) ? value : [value];
  if ((operator === 'in') !== Array.isArray(value)) {
    return operator === 'in' ? 'Operator in needs a list of values' : 'Only operator in takes a list';
  }
  const wantNumber = spec.kind === 'number';
  if (values.some((entry) => (typeof entry === 'number') !== wantNumber)) {
    return wantNumber ? 'Value must be a number' : 'Value must be text';
  }
  if (spec.kind !== 'string' || operator === 'contains') return null;
  const bad = values.find(
    (entry) =>
      typeof entry !== 'string' ||
      (spec.values && !spec.values.includes(entry)) ||
      (spec.pattern && !spec.pattern.test(entry)),
  );
  return bad === undefined ? null : `"${String(bad)}" is not a possible value of this field`;
}

export const ruleConditionsSchema = z.object({
  match: z.enum(['all', 'any']),
  /** No conditions: the rule applies to every order of its trigger. */
  items: z.array(ruleConditionSchema).max(20),
});
export type RuleConditions = z.infer<typeof ruleConditionsSchema>;

const tagSchema = z.string().trim().min(1).max(50);

export const ruleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set_status'), status: orderStatusSchema }),
  z.object({ type: z.literal('add_tag'), tag: tagSchema }),
  z.object({ type: z.literal('remove_tag'), tag: tagSchema }),
  z.object({ type: z.literal('assign_shipping_method'), shippingMethodId: uuidSchema }),
  z.object({ type: z.literal('hold'), reason: z.string().trim().max(500).optional() }),
  z.object({ type: z.literal('issue_invoice') }),
]);
export type RuleAction = z.infer<typeof ruleActionSchema>;
export type RuleActionType = RuleAction['type'];

/** Fields a user edits (create/update input). */
export const automationRuleInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  trigger: automationTriggerSchema,
  conditions: ruleConditionsSchema,
  actions: z.array(ruleActionSchema).min(1).max(20),
  enabled: z.boolean(),
  /** Lower runs first; ties by id. */
  priority: z.number().int().min(0).max(10_000),
});
export type AutomationRuleInput = z.infer<typeof automationRuleInputSchema>;

export const automationRuleSchema = automationRuleInputSchema.extend(syncedFields);
export type AutomationRule = z.infer<typeof automationRuleSchema>;

export const ruleRunOutcomeSchema = z.enum(['fired', 'conditions_not_met', 'already_run']);
export type RuleRunOutcome = z.infer<typeof ruleRunOutcomeSchema>;

/** The record of one evaluation of a rule for an order and trigger (PRODUCT.md §3). */
export const ruleRunSchema = z.object({
  /** `${ruleId}:${orderId}:${trigger}`: a fired key never fires again. */
  key: z.string(),
  ruleId: uuidSchema,
  orderId: uuidSchema,
  trigger: automationTriggerSchema,
  outcome: ruleRunOutcomeSchema,
  actions: z.array(ruleActionSchema),
  at: isoDateTimeSchema,
});
export type RuleRun = z.infer<typeof ruleRunSchema>;
