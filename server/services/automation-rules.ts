import { decodePageCursor, encodePageCursor } from './page-cursor';
import type { StaffUser } from '../../shared/schemas/user';
import type { AutomationRule, AutomationRuleInput } from '../../shared/schemas/automation-rule';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { getDoc } from '../db/doc-store';
import { withWriteTransaction } from '../db/write-scope';
import { sql } from 'kysely';
import { liveDocs } from '../db/doc-queries';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';

function parseData(data: unknown): AutomationRule {
  return (typeof data === 'string' ? JSON.parse(data) : data) as AutomationRule;
}

/** The store's automation rules (not deleted), by priority then id. */
export async function listAutomationRules(db: Queryable, storeId: string): Promise<AutomationRule[]> {
  const rows = await run(db, liveDocs('automation_rules', storeId).select(['data', 'version']));
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

export interface RuleRunView {
  key: string;
  ruleId: string;
  orderId: string;
  trigger: string;
  outcome: string;
  errors: unknown;
  at: string;
}

/**
 * Recorded runs of the store's rules, newest first (for one order when `orderId` is given), one
 * page of `limit` with a keyset cursor (time, key) to the next page; null when there is none.
 */
export async function listRuleRuns(
  db: Queryable,
  storeId: string,
  query: { orderId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: RuleRunView[]; nextCursor: string | null }> {
  const atMs = sql<Date>`date_trunc('milliseconds', at)`;
  let select = qb
    .selectFrom('automation_rule_runs')
    .select(['key', 'rule_id', 'order_id', 'trigger', 'outcome', 'errors', 'at'])
    .where('store_id', '=', storeId);
  if (query.orderId) select = select.where('order_id', '=', query.orderId);
  if (query.cursor) {
    const after = decodePageCursor(query.cursor);
    // compared at the cursor's (millisecond) precision
    select = select.where(sql<boolean>`(${atMs}, key) < (${after.createdAt}::timestamptz, ${after.id})`);
  }
  const rows = await run(
    db,
    select
      .orderBy(atMs, 'desc')
      .orderBy('key', 'desc')
      .limit(query.limit + 1),
  );
  const items = rows.slice(0, query.limit).map((row) => ({
    key: row.key,
    ruleId: row.rule_id,
    orderId: row.order_id,
    trigger: row.trigger,
    outcome: row.outcome,
    errors: typeof row.errors === 'string' ? (JSON.parse(row.errors) as unknown) : row.errors,
    at: new Date(row.at).toISOString(),
  }));
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? encodePageCursor({ createdAt: last.at, id: last.key }) : null,
  };
}
