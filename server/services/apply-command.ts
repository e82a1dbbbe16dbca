import type { Command, CommandOutcome } from '../../shared/schemas/command';
import type { StaffUser } from '../../shared/schemas/user';
import { DomainError, isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { runOrderCommand } from '../../shared/domain/order/run-order-command';
import { withWriteTransaction, type CommandWriteScope, type WriteScope } from '../db/write-scope';
import { sql } from 'kysely';
import { qb, run } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from './app-context';
import { applyStockEffects } from './stock-effects';
import { orderCommandSteps } from './order-command-steps';
import { findInvalidText } from '../../shared/text';
import { loadOrder } from './load-order';
import { createManualOrderType } from '../../shared/domain/order/manual/build-manual-order';
import { applyCreateManualOrder } from './manual-order-steps';
import { payRefundsAhead } from '../payments/refund-payment';
import { prefetchForPush } from './push-prefetch';

/** A server-side handler for one aggregate kind (orders, exceptions…), run inside the write lock. */
export type AggregateHandler = (
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
) => Promise<number>;

const handlers = new Map<string, AggregateHandler>([['order', applyOrderCommand]]);

/** Wraps the handler of every command (same transaction): may look before and after, e.g. auto-invoicing. */
export type CommandMiddleware = (
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
  next: () => Promise<number>,
) => Promise<number>;

const middlewares: CommandMiddleware[] = [];

/** Lets feature modules run side effects around every applied command, inside its transaction. */
export function registerCommandMiddleware(middleware: CommandMiddleware): void {
  if (!middlewares.includes(middleware)) middlewares.push(middleware);
}

/** Lets feature modules (exceptions, invoices…) plug in their aggregate handler. */
export function registerAggregateHandler(prefix: string, handler: AggregateHandler): void {
  handlers.set(prefix, handler);
}

async function applyOrderCommand(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<number> {
  if (command.type === createManualOrderType) return applyCreateManualOrder(scope, user, command, now);
  const current = await loadOrder(scope, user.storeId, command.targetId);
  const step = orderCommandSteps.get(command.type);
  const result = runOrderCommand({
    order: current,
    type: command.type,
    payload: step?.prepare
      ? await step.prepare(scope, user.storeId, command.payload, current)
      : command.payload,
    ctx: { actor: user, deviceId: command.deviceId, commandId: command.id, now, newId },
  });
  await applyStockEffects(scope, result.effects, now);
  const order = step?.finalize ? await step.finalize(scope, result.order, command) : result.order;
  scope.putDoc('orders', order);
  scope.touch('orders');
  return order.version;
}

/** Outcomes already decided for these ids, only the user's own (another user learns nothing about them). */
async function storedOutcomes(
  db: Queryable,
  userId: string,
  commandIds: readonly string[],
): Promise<Map<string, CommandOutcome>> {
  if (commandIds.length === 0) return new Map();
  const rows = await run(
    db,
    qb
      .selectFrom('commands')
      .select(['id', 'outcome'])
      .where(sql<boolean>`id = ANY(${[...commandIds]}::uuid[])`)
      .where('user_id', '=', userId),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      (typeof row.outcome === 'string' ? JSON.parse(row.outcome) : row.outcome) as CommandOutcome,
    ]),
  );
}

/** Stores the outcomes decided in one push with one statement. */
async function recordOutcomes(
  db: Queryable,
  rows: readonly { command: Command; outcome: CommandOutcome }[],
  userId: string,
): Promise<void> {
  if (rows.length === 0) return;
  await run(
    db,
    qb
      .insertInto('commands')
      .values(
        rows.map(({ command, outcome }) => ({
          id: command.id,
          type: command.type,
          target_id: command.targetId,
          user_id: userId,
          device_id: command.deviceId,
          status: outcome.status,
          outcome: sql<string>`${JSON.stringify(outcome)}::jsonb`,
        })),
      )
      .onConflict((conflict) => conflict.column('id').doNothing()),
  );
}

function precheck(command: Command, user: StaffUser): DomainError | undefined {
  const invalidText = findInvalidText(command);
  if (invalidText !== undefined)
    return new DomainError('BAD_INPUT', 'Not valid Unicode text', { issues: [invalidText] });
  if (command.userId !== user.id)
    return new DomainError(
      'FORBIDDEN',
      'This command was made by another user; sign in as that user to send it',
    );
  if (!handlers.has(command.type.split('.')[0] ?? ''))
    return new DomainError('BAD_INPUT', `Unknown command type ${command.type}`);
  return undefined;
}

async function runHandler(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<number> {
  const handler = handlers.get(command.type.split('.')[0] ?? '');
  if (!handler) throw new DomainError('BAD_INPUT', `Unknown command type ${command.type}`);
  const run = middlewares.reduceRight<() => Promise<number>>(
    (next, middleware) => () => middleware(scope, user, command, now, next),
    () => handler(scope, user, command, now),
  );
  return run();
}

export interface ApplyOptions {
  /** Store rejections under the command id (sync: a re-sent command gets the same verdict). REST: false, so a refused request writes nothing. */
  recordRejections?: boolean;
}

/**
 * Applies a batch of commands with full authority, in order, in ONE transaction (one commit for the
 * batch): each command is its own unit of rollback (write-scope.ts), so a rejected command is rolled
 * back alone. The batch's orders are read with one query and written with one upsert.
 * Idempotent by command id; permission, state machine and stock are checked by the shared domain.
 */
export async function applyCommands(
  app: AppContext,
  user: StaffUser,
  commands: readonly Command[],
  options: ApplyOptions = {},
): Promise<CommandOutcome[]> {
  const record = options.recordRejections ?? true;
  const known = await storedOutcomes(
    app.db,
    user.id,
    commands.map((command) => command.id),
  );
  if (commands.every((command) => known.has(command.id)))
    return commands.map((command) => known.get(command.id) as CommandOutcome);
  // the payment provider is asked before the transaction, never under the store's write lock
  const forgetRefunds = await payRefundsAhead(
    app.db,
    user,
    commands.filter((command) => !known.has(command.id)),
  );
  try {
    return await applyInTransaction(app, user, commands, record);
  } finally {
    forgetRefunds();
  }
}

async function applyInTransaction(
  app: AppContext,
  user: StaffUser,
  commands: readonly Command[],
  record: boolean,
): Promise<CommandOutcome[]> {
  return withWriteTransaction(app.db, app.feed, user.storeId, async (scope) => {
    const decided = await storedOutcomes(
      scope.tx,
      user.id,
      commands.map((command) => command.id),
    );
    const now = app.now().toISOString();
    await prefetchForPush(scope, user.storeId, commands);
    const outcomes: CommandOutcome[] = [];
    const toRecord: { command: Command; outcome: CommandOutcome }[] = [];
    for (const command of commands) {
      const previous = decided.get(command.id);
      if (previous) {
        outcomes.push(previous);
        continue;
      }
      const outcome = await applyAlone(scope, user, command, now);
      if (outcome.status === 'applied' || record) toRecord.push({ command, outcome });
      decided.set(command.id, outcome);
      outcomes.push(outcome);
    }
    await recordOutcomes(scope.tx, toRecord, user.id);
    return outcomes;
  });
}

/** Runs one command as its own unit of rollback (a savepoint opened only once it touches SQL). */
async function applyAlone(
  scope: CommandWriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<CommandOutcome> {
  const refused = precheck(command, user);
  if (refused) return reject(command, refused);
  scope.beginCommand();
  try {
    const version = await runHandler(scope, user, command, now);
    await scope.commitCommand();
    return { commandId: command.id, status: 'applied', version };
  } catch (error) {
    await scope.rollbackCommand();
    if (!isDomainError(error)) throw error;
    return reject(command, error);
  }
}

/** Applies one command (see applyCommands). */
export async function applyCommand(
  app: AppContext,
  user: StaffUser,
  command: Command,
  options: ApplyOptions = {},
): Promise<CommandOutcome> {
  const [outcome] = await applyCommands(app, user, [command], options);
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

function reject(command: Command, error: DomainError): CommandOutcome {
  return {
    commandId: command.id,
    status: 'rejected',
    error: error.toBody(),
  };
}
