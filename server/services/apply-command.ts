import type { Command, CommandOutcome } from '../../shared/schemas/command';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError, isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { runOrderCommand } from '../../shared/domain/order/run-order-command';
import { getDoc, putDoc, withWriteTransaction, type WriteScope } from '../db/doc-store';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { applyStockEffects } from './stock-effects';
import { findUnstorableText } from '../db/storable-text';

/** A server-side handler for one aggregate kind (orders, exceptions…), run inside the write lock. */
export type AggregateHandler = (scope: WriteScope, user: StaffUser, command: Command, now: string) => Promise<number>;

const handlers = new Map<string, AggregateHandler>([['order', applyOrderCommand]]);

/** Lets feature modules (exceptions, invoices…) plug in their aggregate handler. */
export function registerAggregateHandler(prefix: string, handler: AggregateHandler): void {
  handlers.set(prefix, handler);
}

async function applyOrderCommand(scope: WriteScope, user: StaffUser, command: Command, now: string): Promise<number> {
  const stored = await getDoc<Order>(scope.tx, 'orders', command.targetId, { forUpdate: true, storeId: user.storeId });
  if (!stored || stored.deleted) throw new DomainError('NOT_FOUND', `Order ${command.targetId} not found`);
  const result = runOrderCommand({
    order: { ...stored.data, version: stored.version },
    type: command.type,
    payload: command.payload,
    ctx: { actor: user, deviceId: command.deviceId, commandId: command.id, now, newId },
  });
  await applyStockEffects(scope, result.effects, now);
  await putDoc(scope.tx, 'orders', result.order);
  scope.touch('orders');
  return result.order.version;
}

async function storedOutcome(db: Queryable, commandId: string): Promise<CommandOutcome | undefined> {
  const rows = await db.query<{ outcome: CommandOutcome | string }>('SELECT outcome FROM commands WHERE id = $1', [commandId]);
  const outcome = rows[0]?.outcome;
  if (outcome === undefined) return undefined;
  return typeof outcome === 'string' ? (JSON.parse(outcome) as CommandOutcome) : outcome;
}

async function recordOutcome(db: Queryable, command: Command, outcome: CommandOutcome): Promise<void> {
  await db.query(
    `INSERT INTO commands (id, type, target_id, user_id, device_id, status, outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) ON CONFLICT (id) DO NOTHING`,
    [command.id, command.type, command.targetId, command.userId, command.deviceId, outcome.status, JSON.stringify(outcome)],
  );
}

/**
 * Applies one command with full authority: idempotent by command id, one transaction, permission,
 * state machine and stock checked by the shared domain; the outcome is stored under the command id.
 */
export async function applyCommand(app: AppContext, user: StaffUser, command: Command): Promise<CommandOutcome> {
  const previous = await storedOutcome(app.db, command.id);
  if (previous) return previous;
  const unstorable = findUnstorableText(command);
  if (unstorable !== undefined) {
    return reject(command, new DomainError('BAD_INPUT', 'Text must not contain NUL characters (U+0000)', {
      issues: [{ path: unstorable, message: 'NUL characters are not allowed' }],
    }));
  }
  if (command.userId !== user.id) {
    return reject(command, new DomainError('FORBIDDEN', 'This command was made by another user; sign in as that user to send it'));
  }
  const handler = handlers.get(command.type.split('.')[0] ?? '');
  try {
    if (!handler) throw new DomainError('BAD_INPUT', `Unknown command type ${command.type}`);
    return await withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
      const again = await storedOutcome(scope.tx, command.id);
      if (again) return again;
      const version = await handler(scope, user, command, app.now().toISOString());
      const outcome: CommandOutcome = { commandId: command.id, status: 'applied', version };
      await recordOutcome(scope.tx, command, outcome);
      return outcome;
    });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const outcome = reject(command, error);
    await recordOutcome(app.db, command, outcome);
    return (await storedOutcome(app.db, command.id)) ?? outcome;
  }
}

function reject(command: Command, error: DomainError): CommandOutcome {
  return {
    commandId: command.id,
    status: 'rejected',
    error: error.toBody(),
  };
}
