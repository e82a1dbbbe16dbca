import type { Order } from '../../schemas/order';
import type {
  AutomationRule,
  AutomationTrigger,
  ConditionField,
  RuleAction,
  RuleCondition,
  RuleRun,
} from '../../schemas/automation-rule';

/** An action to run, with the rule it came from (for the run record and the timeline). */
export interface PlannedAction {
  ruleId: string;
  ruleName: string;
  action: RuleAction;
}

export interface RuleEvaluation {
  /** In rule order (priority, then id), each rule's actions in their own order. */
  actions: PlannedAction[];
  /** One record per rule of this trigger; persist the `fired` ones so they never fire again. */
  runs: RuleRun[];
}

type FieldValue = string | number | readonly string[] | null;

/** The idempotency key of a rule run: a rule fires at most once per order and trigger. */
export function ruleRunKey(ruleId: string, orderId: string, trigger: AutomationTrigger): string {
  return `${ruleId}:${orderId}:${trigger}`;
}

/**
 * Evaluates the store's rules for `trigger` against the order as it is now (actions of one rule do
 * not feed the conditions of the next). Disabled rules, other triggers and other stores are skipped
 * without a record; a key in `alreadyRun` gives an `already_run` record and no actions.
 */
export function evaluateRules(
  rules: readonly AutomationRule[],
  order: Order,
  trigger: AutomationTrigger,
  alreadyRun: ReadonlySet<string>,
  now: string = order.updatedAt,
): RuleEvaluation {
  const candidates = rules
    .filter((rule) => rule.enabled && rule.trigger === trigger && rule.storeId === order.storeId)
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set(alreadyRun);
  const actions: PlannedAction[] = [];
  const runs: RuleRun[] = [];
  for (const rule of candidates) {
    const key = ruleRunKey(rule.id, order.id, trigger);
    const base = { key, ruleId: rule.id, orderId: order.id, trigger, at: now };
    if (seen.has(key)) {
      runs.push({ ...base, outcome: 'already_run', actions: [] });
      continue;
    }
    seen.add(key);
    if (!ruleMatches(rule, order)) {
      runs.push({ ...base, outcome: 'conditions_not_met', actions: [] });
      continue;
    }
    runs.push({ ...base, outcome: 'fired', actions: rule.actions });
    actions.push(...rule.actions.map((action) => ({ ruleId: rule.id, ruleName: rule.name, action })));
  }
  return { actions, runs };
}

/** Whether the rule's conditions hold for the order (`all` of none is true, `any` of none is true). */
export function ruleMatches(rule: Pick<AutomationRule, 'conditions'>, order: Order): boolean {
  const { match, items } = rule.conditions;
  if (items.length === 0) return true;
  return match === 'all'
    ? items.every((condition) => conditionMatches(order, condition))
    : items.some((condition) => conditionMatches(order, condition));
}

/** Reads a whitelisted condition field from the order. */
export function readConditionField(order: Order, field: ConditionField): FieldValue {
  switch (field) {
    case 'status':
    case 'paymentStatus':
    case 'fulfillmentStatus':
    case 'channel':
    case 'marketplace':
    case 'vatTreatment':
    case 'tags':
      return order[field];
    case 'totals.gross':
      return order.totals.gross;
    case 'shippingAddress.country':
      return order.shippingAddress.country;
    case 'customer.type':
      return order.customer.type;
    case 'itemCount':
      return order.items.reduce((sum, item) => sum + item.quantity - item.quantityCancelled, 0);
  }
}

/** Whether one condition holds; text compares case-insensitively, a missing value matches only `neq`. */
export function conditionMatches(order: Order, condition: RuleCondition): boolean {
  const actual = readConditionField(order, condition.field);
  const { operator, value } = condition;
  if (actual === null) return operator === 'neq';
  if (Array.isArray(actual)) return listMatches(actual, operator, value);
  if (typeof actual === 'number') return numberMatches(actual, operator, value);
  return textMatches(String(actual), operator, value);
}

function listMatches(
  tags: readonly string[],
  operator: RuleCondition['operator'],
  value: RuleCondition['value'],
): boolean {
  const lower = tags.map(fold);
  if (operator === 'contains' && typeof value === 'string') return lower.includes(fold(value));
  if (operator === 'in' && Array.isArray(value))
    return value.some((entry) => lower.includes(fold(String(entry))));
  return false;
}

function numberMatches(
  actual: number,
  operator: RuleCondition['operator'],
  value: RuleCondition['value'],
): boolean {
  if (operator === 'in') return Array.isArray(value) && value.includes(actual);
  if (typeof value !== 'number') return false;
  switch (operator) {
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    case 'gt':
      return actual > value;
    case 'gte':
      return actual >= value;
    case 'lt':
      return actual < value;
    case 'lte':
      return actual <= value;
    default:
      return false;
  }
}

function textMatches(
  actual: string,
  operator: RuleCondition['operator'],
  value: RuleCondition['value'],
): boolean {
  const folded = fold(actual);
  if (operator === 'in') return Array.isArray(value) && value.some((entry) => fold(String(entry)) === folded);
  if (typeof value !== 'string') return false;
  if (operator === 'eq') return folded === fold(value);
  if (operator === 'neq') return folded !== fold(value);
  if (operator === 'contains') return folded.includes(fold(value));
  return false;
}

function fold(text: string): string {
  return text.toLocaleLowerCase('en');
}
