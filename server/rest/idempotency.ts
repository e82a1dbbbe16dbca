import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../shared/errors';
import type { AppContext } from '../services/app-context';
import type { AnyRoute } from './define-route';

/** How long a request waits for another one holding the same key before answering 409. */
const WAIT_FOR_CLAIM_MS = 30_000;
const POLL_MS = 25;

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

/** Takes the key (primary key scope + key): true for exactly one of any number of concurrent callers. */
async function take(app: AppContext, claim: Claim): Promise<boolean> {
  const rows = await app.db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, status, response) VALUES ($1, $2, $3, NULL, NULL)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [claim.scope, claim.key, claim.hash],
  );
  return rows.length === 1;
}

async function runClaimed(app: AppContext, claim: Claim, status: number, run: () => Promise<unknown>) {
  let body: unknown;
  try {
    body = await run();
  } catch (error) {
    // nothing was created: release the key so the same request can be tried again
    await app.db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [
      claim.scope,
      claim.key,
    ]);
    throw error;
  }
  await app.db.query(
    'UPDATE idempotency_keys SET status = $3, response = $4::jsonb WHERE scope = $1 AND key = $2',
    [claim.scope, claim.key, status, JSON.stringify(body ?? null)],
  );
  return { status, body };
}

function answerOf(stored: StoredKey, claim: Claim): RouteAnswer | undefined {
  if (stored.request_hash !== claim.hash)
    throw new DomainError('CONFLICT', 'Idempotency-Key was already used with a different body');
  if (stored.status === null) return undefined; // still running
  const response =
    typeof stored.response === 'string' ? (JSON.parse(stored.response) as unknown) : stored.response;
  return { status: stored.status, body: response };
}

/**
 * API.md: the same key and body returns the first result and creates nothing new, also when both
 * requests arrive at the same moment; the same key with another body is 409. The key is claimed
 * (unique row) before the request runs; concurrent requests with that key wait for the claim's result.
 */
export async function withIdempotency(
  route: AnyRoute,
  app: AppContext,
  request: FastifyRequest,
  run: () => Promise<unknown>,
): Promise<RouteAnswer> {
  const status = route.successStatus ?? 200;
  const key = request.headers['idempotency-key'];
  if (!route.idempotent || typeof key !== 'string' || key.length === 0) return { status, body: await run() };
  if (key.length > 200)
    throw new DomainError('BAD_INPUT', 'Idempotency-Key is too long', {
      issues: [{ path: 'Idempotency-Key', message: 'At most 200 characters' }],
    });
  const claim = claimOf(route, request, key);
  const deadline = Date.now() + WAIT_FOR_CLAIM_MS;
  for (;;) {
    if (await take(app, claim)) return runClaimed(app, claim, status, run);
    const rows = await app.db.query<StoredKey>(
      'SELECT request_hash, status, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [claim.scope, claim.key],
    );
    const stored = rows[0];
    const answer = stored ? answerOf(stored, claim) : undefined;
    if (answer) return answer;
    if (Date.now() > deadline)
      throw new DomainError(
        'CONFLICT',
        'A request with this Idempotency-Key is still in progress; retry later',
      );
    if (stored) await sleep(POLL_MS); // held by a running request; when released, loop and claim it
  }
}
