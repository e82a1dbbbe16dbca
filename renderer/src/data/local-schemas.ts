import type { RxJsonSchema } from 'rxdb';
import type { CommandOutcome } from '../../../shared/schemas/command';

/** A rejected command's error as the server sent it. */
type CommandOutcomeError = Extract<CommandOutcome, { status: 'rejected' }>['error'];

type LooseDoc = Record<string, unknown> & { id: string };

/** A replicated collection's schema: id + the indexed fields typed, the rest stored as sent by the server. */
function replicatedSchema(
  title: string,
  indexed: Record<
    string,
    { type: 'string' | 'number'; maxLength?: number; minimum?: number; maximum?: number; multipleOf?: number }
  >,
  indexes: (string | string[])[],
): RxJsonSchema<LooseDoc> {
  return {
    title,
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: { id: { type: 'string', maxLength: 36 }, ...indexed },
    required: ['id', ...Object.keys(indexed)],
    indexes,
    additionalProperties: true,
  } as unknown as RxJsonSchema<LooseDoc>; // RxDB's schema type cannot express a loose document; fields are zod-checked on read
}

export const orderLocalSchema = replicatedSchema(
  'orders',
  {
    createdAt: { type: 'string', maxLength: 40 },
    status: { type: 'string', maxLength: 20 },
    number: { type: 'string', maxLength: 40 },
  },
  ['createdAt', ['status', 'createdAt'], 'number'],
);

export const plainLocalSchema = (title: string): RxJsonSchema<LooseDoc> => replicatedSchema(title, {}, []);

export interface OutboxEntry {
  id: string;
  type: string;
  targetId: string;
  expectedVersion: number | null;
  payload: Record<string, unknown>;
  userId: string;
  deviceId: string;
  createdAt: string;
  /** pending → applied | rejected (kept until the server's state shows it, or the user dismisses). */
  status: 'pending' | 'applied' | 'rejected';
  appliedVersion: number | null;
  /** The server's refusal (code, message, issues, details) of a rejected command. */
  error: CommandOutcomeError | null;
  /** Human summary for the sync panel, e.g. "Cancel order #1042". */
  summary: string;
}

export const outboxSchema: RxJsonSchema<OutboxEntry> = {
  title: 'outbox',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 36 },
    type: { type: 'string' },
    targetId: { type: 'string', maxLength: 36 },
    expectedVersion: { type: ['number', 'null'] },
    payload: { type: 'object' },
    userId: { type: 'string' },
    deviceId: { type: 'string' },
    createdAt: { type: 'string', maxLength: 40 },
    status: { type: 'string', maxLength: 10 },
    appliedVersion: { type: ['number', 'null'] },
    error: { type: ['object', 'null'] },
    summary: { type: 'string' },
  },
  required: ['id', 'type', 'targetId', 'payload', 'userId', 'deviceId', 'createdAt', 'status', 'summary'],
  indexes: ['createdAt', ['status', 'createdAt']],
};
