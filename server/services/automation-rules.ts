import type { StaffUser } from '../../shared/schemas/user';
import type { AutomationRule, AutomationRuleInput } from '../../shared/schemas/automation-rule';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';

function parseData(data: AutomationRule | string): AutomationRule {
  return typeof data === 'string' ? (JSON.parse(data) as AutomationRule) : data;
}

/** The store's automation rules (not deleted), by priority then id. */
export async function listAutomationRules(db: Queryable, storeId: string): Promise<AutomationRule[]> {
  const rows = await db.query<{ data: AutomationRule | string; version: number }>(
    `SELECT data, version FROM docs WHERE collection = 'automation_rules' AND store_id = $1 AND NOT deleted`,
    [storeId],
  );
  return rows
    .map((row) => ({ ...parseData(row.data), version: row.version }))
    .sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1));
}

/** One rule of the store, or NOT_FOUND. */
export async function getAutomationRule(db: Queryable, storeId: string, id: string): Promise<AutomationRule> {
  const stored = await getDoc<AutomationRule>(db, 'automation_rules', id, { storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Automation rule ${id} not found`);
  return { ...stored.data, version: stored.version };
}

/** Creates a rule (admin); replicated to devices like every server-owned collection. */
export async function createAutomationRule(
  app: AppContext,
  user: StaffUser,
  input: AutomationRuleInput,
): Promise<AutomationRule> {
  const now = app.now().toISOString();
  const rule: AutomationRule = {
    ...input,
    id: newId(),
    storeId: user.storeId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await withWriteTransaction(app.db, app.feed, user.storeId, (scope) => {
    scope.putDoc('automation_rules', rule);
    scope.touch('automation_rules');
  });
  return rule;
}

/** Replaces a rule's editable fields (admin). */
export async function updateAutomationRule(
  app: AppContext,
  user: StaffUser,
  id: string,
  input: AutomationRuleInput,
): Promise<AutomationRule> {
  return withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
    const stored = await scope.getDoc<AutomationRule>('automation_rules', id, {
      storeId: user.storeId,
    });
    if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Automation rule ${id} not found`);
    const rule: AutomationRule = {
      ...stored.data,
      ...input,
      version: stored.version + 1,
      updatedAt: app.now().toISOString(),
    };
    scope.putDoc('automation_rules', rule);
    scope.touch('automation_rules');
    return rule;
  });
}

/** Deletes a rule (a tombstone, so devices drop it on their next pull); its past runs stay recorded. */
export async function deleteAutomationRule(app: AppContext, user: StaffUser, id: string): Promise<void> {
  await withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
    const stored = await scope.getDoc<AutomationRule>('automation_rules', id, {
      storeId: user.storeId,
    });
    if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Automation rule ${id} not found`);
    const tombstone: AutomationRule = {
      ...stored.data,
      version: stored.version + 1,
      updatedAt: app.now().toISOString(),
    };
    scope.putDoc('automation_rules', tombstone, true);
    scope.touch('automation_rules');
  });
}

/** Recorded runs of the store's rules, newest first (for one order when `orderId` is given). */
export async function listRuleRuns(
  db: Queryable,
  storeId: string,
  orderId?: string,
): Promise<
  {
    key: string;
    ruleId: string;
    orderId: string;
    trigger: string;
    outcome: string;
    errors: unknown;
    at: string;
  }[]
> {
  const rows = await db.query<{
    key: string;
    rule_id: string;
    order_id: string;
    trigger: string;
    outcome: string;
    errors: unknown;
    at: Date | string;
  }>(
    `SELECT key, rule_id, order_id, trigger, outcome, errors, at FROM automation_rule_runs
     WHERE store_id = $1 ${orderId ? 'AND order_id = $2' : ''} ORDER BY at DESC LIMIT 500`,
    orderId ? [storeId, orderId] : [storeId],
  );
  return rows.map((row) => ({
    key: row.key,
    ruleId: row.rule_id,
    orderId: row.order_id,
    trigger: row.trigger,
    outcome: row.outcome,
    errors: row.errors,
    at: new Date(row.at).toISOString(),
  }));
}
