import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { evaluateRules } from '../../shared/domain/automation/evaluate-rules';
import { commandForRuleAction, detectTriggers } from '../../shared/domain/automation/detect-triggers';
import { runOrderCommand } from '../../shared/domain/order/run-order-command';
import { sql } from 'kysely';
import { qb, run, runFirst } from '../db/kysely';
import type { WriteScope } from '../db/write-scope';
import { activeInvoiceOf } from '../../shared/domain/invoicing/active-invoice';
import { issueServerInvoice } from './invoicing/auto-invoice';
import { listOrderInvoicesIn } from './invoicing/invoice-queries';
import { listAutomationRules } from './automation-rules';
import { applyStockEffects } from './stock-effects';

/** The actor automation rules act as: every permission, named in the order's timeline. */
export function automationActor(storeId: string): StaffUser {
  return {
    id: '00000000-0000-7000-8000-00000000a070',
    storeId,
    email: 'automation@orderdesk.local',
    name: 'Automation',
    permissions: ['orders.view', 'orders.edit', 'orders.cancel', 'orders.refund'],
    isAdmin: true,
  };
}

/**
 * Runs the store's rules for what changed between `before` and `after`, inside the caller's
 * transaction. A run is recorded under (rule, order, trigger) before its actions apply, so a rule
 * never fires twice; each action is an order command by the automation actor. Returns the order as
 * it stands after the actions (already stored when it changed).
 */
export async function runAutomation(
  scope: WriteScope,
  before: Order | null,
  after: Order,
  now: string,
): Promise<Order> {
  const triggers = detectTriggers(before, after);
  if (triggers.length === 0) return after;
  const rules = await scope.memo(`automation-rules:${after.storeId}`, () =>
    listAutomationRules(scope.tx, after.storeId),
  );
  if (!rules.some((rule) => rule.enabled && triggers.includes(rule.trigger))) return after;
  const previous = await run(
    scope.tx,
    qb.selectFrom('automation_rule_runs').select('key').where('order_id', '=', after.id),
  );
  const alreadyRun = new Set(previous.map((row) => row.key));
  const actor = automationActor(after.storeId);
  let order = after;
  /** Keys of the rule runs whose actions include "issue invoice". */
  const invoiceRuns: string[] = [];
  for (const trigger of triggers) {
    const evaluation = evaluateRules(rules, after, trigger, alreadyRun, now);
    for (const ruleRun of evaluation.runs.filter((r) => r.outcome === 'fired')) {
      const inserted = await runFirst(
        scope.tx,
        qb
          .insertInto('automation_rule_runs')
          .values({
            key: ruleRun.key,
            store_id: after.storeId,
            rule_id: ruleRun.ruleId,
            order_id: ruleRun.orderId,
            trigger: ruleRun.trigger,
            outcome: 'fired',
            actions: sql<string>`${JSON.stringify(ruleRun.actions)}::jsonb`,
            at: now,
          })
          .onConflict((conflict) => conflict.doNothing())
          .returning('key'),
      );
      if (!inserted) continue;
      alreadyRun.add(ruleRun.key);
      const errors: string[] = [];
      for (const action of ruleRun.actions) {
        if (action.type === 'issue_invoice') {
          invoiceRuns.push(ruleRun.key);
          continue;
        }
        const command = commandForRuleAction(action);
        if (!command) {
          errors.push(`${action.type}: not available`);
          continue;
        }
        try {
          const commandId = newId();
          const result = runOrderCommand({
            order,
            type: command.type,
            payload: command.payload,
            ctx: { actor, deviceId: 'automation', commandId, now, newId },
          });
          await applyStockEffects(scope, result.effects, now);
          order = result.order;
        } catch (error) {
          if (!isDomainError(error)) throw error;
          errors.push(`${action.type}: ${error.message}`);
        }
      }
      if (errors.length > 0)
        await run(
          scope.tx,
          qb
            .updateTable('automation_rule_runs')
            .set({ errors: sql<string>`${JSON.stringify(errors)}::jsonb` })
            .where('key', '=', ruleRun.key),
        );
    }
  }
  if (order !== after) {
    scope.putDoc('orders', order);
    scope.touch('orders');
  }
  if (invoiceRuns.length > 0) return issueInvoiceForRule(scope, actor, order, now, invoiceRuns);
  return order;
}

/**
 * The rule action "issue invoice": from the server series, unless the order already has one. When
 * the order cannot be invoiced (e.g. open exceptions) the reason is recorded on the rule runs, where
 * the rule's run list shows it.
 */
async function issueInvoiceForRule(
  scope: WriteScope,
  actor: StaffUser,
  order: Order,
  now: string,
  runKeys: readonly string[],
): Promise<Order> {
  if (activeInvoiceOf(await listOrderInvoicesIn(scope, order.id))) return order;
  try {
    await issueServerInvoice(scope, actor, order.id, now);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await run(
      scope.tx,
      qb
        .updateTable('automation_rule_runs')
        .set({ errors: sql<string>`errors || ${JSON.stringify([`issue_invoice: ${error.message}`])}::jsonb` })
        .where('key', 'in', [...runKeys]),
    );
    return order;
  }
  const stored = await scope.getDoc<Order>('orders', order.id);
  return stored ? { ...stored.data, version: stored.version } : order;
}
