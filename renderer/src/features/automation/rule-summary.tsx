import type { AutomationRule, RuleAction, RuleCondition } from '../../../../shared/schemas/automation-rule';
import { useAllShippingMethods } from '../shipping-methods/use-all-shipping-methods';
import { useEnumLabel, type EnumGroup } from '../../i18n/enum-label';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { moneyConditionFields } from './rule-form';

/** Condition fields whose values are a shared enum, and the enum's labels. */
const enumGroupOf: Partial<Record<RuleCondition['field'], EnumGroup>> = {
  status: 'orderStatus',
  paymentStatus: 'paymentStatus',
  fulfillmentStatus: 'fulfillmentStatus',
  channel: 'channel',
  'customer.type': 'customerType',
  vatTreatment: 'vatTreatment',
};

/** A rule's cells in the list, in words: "Order total is at least €1,000.00", "Add tag vip". */
export function RuleSummary({ rule, currency }: { rule: AutomationRule; currency: string }) {
  const t = useT('automation');
  const common = useT('common');
  const label = useEnumLabel();
  const fmt = useFormat();
  const methods = useAllShippingMethods();
  const value = (condition: RuleCondition, one: string | number): string => {
    if (moneyConditionFields.has(condition.field) && typeof one === 'number') return fmt.money(one, currency);
    if (typeof one === 'number') return fmt.number(one);
    if (condition.field === 'shippingAddress.country') return fmt.country(one);
    const group = enumGroupOf[condition.field];
    return group ? label(group, one) : one;
  };
  const condition = (c: RuleCondition): string =>
    `${label('conditionField', c.field)} ${label('conditionOperator', c.operator)} ${
      Array.isArray(c.value) ? c.value.map((v) => value(c, v)).join(', ') : value(c, c.value)
    }`;
  const action = (a: RuleAction): string => {
    const name = label('ruleAction', a.type);
    if (a.type === 'add_tag' || a.type === 'remove_tag') return `${name} „${a.tag}“`;
    if (a.type === 'set_status') return `${name}: ${label('orderStatus', a.status)}`;
    if (a.type === 'assign_shipping_method')
      return `${name}: ${methods.find((m) => m.id === a.shippingMethodId)?.name ?? ''}`;
    return name;
  };
  return (
    <>
      <td>{rule.priority}</td>
      <td>{rule.name}</td>
      <td>{label('automationTrigger', rule.trigger)}</td>
      <td>
        {rule.conditions.items.length === 0
          ? t('always')
          : rule.conditions.items.map(condition).join(rule.conditions.match === 'all' ? t('and') : t('or'))}
      </td>
      <td>{rule.actions.map(action).join(', ')}</td>
      <td>{rule.enabled ? common('yes') : common('no')}</td>
    </>
  );
}
