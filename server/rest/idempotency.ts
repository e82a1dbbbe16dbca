import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { sql } from 'kysely';
import { qb, run as runSql, runFirst, runRaw } from '../db/kysely';
import type { Queryable } from '../db/sql-client';
import type { AppContext } from '../services/app-context';
import type { AnyRoute } from './define-route';

/** How long a request waits for another one holding the same key before answering 409. */
const WAIT_FOR_CLAIM = '30s';
/** PostgreSQL's lock_not_available (lock_timeout reached). */
const LOCK_NOT_AVAILABLE = '55P03';

interface Claim {
  scope: string;
  key: string;
  hash: string;
}

interface StoredKey {
  request_hash: string;
  status: number | null;
  response: unknown;
}

export interface RouteAnswer {
  status: number;
  body: unknown;
}

/** An id derived from `purpose`: the same for every retry under one Idempotency-Key, fresh without one. */
export type KeyedId = (purpose: string) => string;

function claimOf(route: AnyRoute, request: FastifyRequest, key: string): Claim {
  // the caller is part of the scope, but only as a hash: tokens are never stored in clear
  const caller = createHash('sha256')
    .update(request.headers.authorization ?? 'anonymous')
    .digest('hex');
  const hash = createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  return { scope: `${route.method} ${route.path} ${caller}`, key, hash };
}

/** A UUID (version 8, RFC 9562) from the claim and `purpose`. */
function keyedIdOf(claim: Claim): KeyedId {
  return (purpose) => {
    const hex = createHash('sha256').update(`${claim.scope}\n${claim.key}\n${purpose}`).digest('hex');
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

function isLockTimeout(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === LOCK_NOT_AVAILABLE
  );
}

/**
 * Takes the key inside the request's transaction. A concurrent holder's uncommitted row makes the
 * insert wait (PostgreSQL; PGlite runs one transaction at a time) until it commits (then DO NOTHING)
 * or rolls back (then this insert wins); after WAIT_FOR_CLAIM it is 409.
 */
async function take(tx: Queryable, claim: Claim): Promise<boolean> {
  await runRaw(tx, sql`SET LOCAL lock_timeout = ${sql.lit(WAIT_FOR_CLAIM)}`);
  try {
    const rows = await runSql(
      tx,
      qb
        .insertInto('idempotency_keys')
        .values({
          scope: claim.scope,
          key: claim.key,
          request_hash: claim.hash,
          status: null,
          response: null,
        })
        .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
        .returning('key'),
    );
    await runRaw(tx, sql`SET LOCAL lock_timeout = DEFAULT`);
    return rows.length === 1;
  } catch (error) {
    if (!isLockTimeout(error)) throw error;
    throw new DomainError(
      'CONFLICT',
      'A request with this Idempotency-Key is still in progress; retry later',
    );
  }
}

/** The key's row as stored. */
async function storedKey(tx: Queryable, claim: Claim): Promise<StoredKey | undefined> {
  return runFirst(
    tx,
    qb
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status', 'response'])
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key),
  );
}

/** The committed answer of an earlier request with the key (same body), else 409. */
async function earlierAnswer(tx: Queryable, claim: Claim): Promise<RouteAnswer> {
  const stored = await storedKey(tx, claim);
  if (!stored) throw new DomainError('CONFLICT', 'Idempotency-Key was just released; retry');
  if (stored.request_hash !== claim.hash)
    throw new DomainError('CONFLICT', 'Idempotency-Key was already used with a different body');
  // only a claim taken by an older server version (claim and answer in separate statements) can lack its answer
  if (stored.status === null)
    throw new DomainError(
      'CONFLICT',
      'The request with this Idempotency-Key did not finish; its outcome is unknown',
    );
  const body =
    typeof stored.response === 'string' ? (JSON.parse(stored.response) as unknown) : stored.response;
  return { status: stored.status, body };
}

/**
 * API.md: the same key and body returns the first result and creates nothing new, also when both
 * requests arrive at the same moment; the same key with another body is 409. The claim (unique row),
 * the route's writes (its transactions join this one: `db/nested-transactions.ts`) and the stored
 * answer commit together: a failure or crash anywhere before commit leaves nothing written and the
 * key free; a concurrent request with the key waits for the commit and answers the stored result.
 */
export async function withIdempotency(
  route: AnyRoute,
  app: AppContext,
  request: FastifyRequest,
  run: (keyedId: KeyedId) => unknown,
): Promise<RouteAnswer> {
  const status = route.successStatus ?? 200;
  const key = request.headers['idempotency-key'];
  if (!route.idempotent || typeof key !== 'string' || key.length === 0)
    return { status, body: await run(() => newId()) };
  if (key.length > 200)
    throw new DomainError('BAD_INPUT', 'Idempotency-Key is too long', {
      issues: [{ path: 'Idempotency-Key', message: 'At most 200 characters' }],
    });
  const claim = claimOf(route, request, key);
  if (route.idempotent === 'resumable') return resumable(app, claim, status, run);
  return app.db.transaction(async (tx) => {
    if (!(await take(tx, claim))) return earlierAnswer(tx, claim);
    const body = await run(keyedIdOf(claim));
    await runSql(
      tx,
      qb
        .updateTable('idempotency_keys')
        .set({ status, response: sql<string>`${JSON.stringify(body ?? null)}::jsonb` })
        .where('scope', '=', claim.scope)
        .where('key', '=', claim.key),
    );
    return { status, body };
  });
}

/**
 * For a route idempotent by itself under the key (`idempotent: 'resumable'`): the claim commits in a
 * short transaction of its own (another body under the key is 409, a stored answer is returned), the
 * route runs outside any transaction, and its answer is stored afterwards. A claim without an answer
 * (a request in flight, or one whose process died) lets the same body run again: the route itself
 * finds what the earlier run did. A failed run releases the claim, as a rolled-back one did.
 */
async function resumable(
  app: AppContext,
  claim: Claim,
  status: number,
  run: (keyedId: KeyedId) => unknown,
): Promise<RouteAnswer> {
  const earlier = await app.db.transaction(async (tx): Promise<RouteAnswer | undefined> => {
    if (await take(tx, claim)) return undefined;
    const stored = await storedKey(tx, claim);
    if (stored?.status === null && stored.request_hash === claim.hash) return undefined;
    return earlierAnswer(tx, claim);
  });
  if (earlier) return earlier;
  let body: unknown;
  try {
    body = await run(keyedIdOf(claim));
  } catch (error) {
    await runSql(
      app.db,
      qb
        .deleteFrom('idempotency_keys')
        .where('scope', '=', claim.scope)
        .where('key', '=', claim.key)
        .where('request_hash', '=', claim.hash)
        .where('status', 'is', null),
    );
    throw error;
  }
  await runSql(
    app.db,
    qb
      .updateTable('idempotency_keys')
      .set({ status, response: sql<string>`${JSON.stringify(body ?? null)}::jsonb` })
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .where('request_hash', '=', claim.hash),
  );
  return { status, body };
}
