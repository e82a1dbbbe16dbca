import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { assertValidText, DomainError, parseOrThrow } from '../../shared/errors';
import { assertAdmin, assertPermission } from '../../shared/domain/order/permissions';
import { bearerToken } from '../auth/staff-auth';
import { authenticateStaffCached, cachedStaffUser } from '../auth/cached-staff-auth';
import type { StaffUser } from '../../shared/schemas/user';
import { findSession, tokenKindOf } from '../auth/sessions';
import type { AppContext } from '../services/app-context';
import type { AnyRoute, FileResponse, JsonTextResponse } from './define-route';
import { sendJsonText } from './send-json-text';
import { keepRawBody } from './raw-body';
import { withIdempotency, type KeyedId } from './idempotency';

interface Parsed {
  params: never;
  query: never;
  body: never;
}

function parseInputs(route: AnyRoute, request: FastifyRequest): Parsed {
  assertValidText(request.params, 'path parameters');
  assertValidText(request.query, 'query');
  assertValidText(request.body, 'request body');
  return {
    params: (route.params
      ? parseOrThrow(route.params, request.params, 'path parameters')
      : undefined) as never,
    query: (route.query ? parseOrThrow(route.query, request.query ?? {}, 'query') : undefined) as never,
    body: (route.body ? parseOrThrow(route.body, request.body ?? {}, 'request body') : undefined) as never,
  };
}

/** The customer id of a storefront customer token; a staff token is refused. */
export async function authenticateCustomer(app: AppContext, header: string | undefined): Promise<string> {
  const token = bearerToken(header);
  if (!token) throw new DomainError('UNAUTHENTICATED', 'Missing bearer token');
  if (tokenKindOf(token) === 'staff')
    throw new DomainError('FORBIDDEN', 'A staff token cannot be used on customer routes');
  const session = await findSession(app.db, token, 'customer');
  if (!session) throw new DomainError('UNAUTHENTICATED', 'Invalid or expired token');
  return session.subjectId;
}

/**
 * Runs the route: authenticated, permission-checked, inputs parsed. A staff session already in the
 * cache and a handler answering from a cache make no promise here (the warm path of a cached read).
 */
function runRoute(
  route: AnyRoute,
  app: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  keyedId: KeyedId,
): unknown {
  const base = { app, request, reply, keyedId };
  if (route.auth === 'staff') {
    const token = bearerToken(request.headers.authorization);
    const withUser = (user: StaffUser): unknown => {
      if (route.permission === 'admin') assertAdmin(user);
      else assertPermission(user, route.permission);
      return route.handler({ ...base, ...parseInputs(route, request), user });
    };
    const cached = cachedStaffUser(app, token);
    return cached ? withUser(cached) : authenticateStaffCached(app, token).then(withUser);
  }
  if (route.auth === 'customer') {
    return authenticateCustomer(app, request.headers.authorization).then((customerId) =>
      route.handler({ ...base, ...parseInputs(route, request), customerId }),
    );
  }
  return route.handler({ ...base, ...parseInputs(route, request) });
}

function isFile(value: unknown): value is FileResponse {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file';
}

function isJsonText(value: unknown): value is JsonTextResponse {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'json-text';
}

/** Registers REST routes on Fastify: auth, permission, zod-parsed inputs, idempotency, file answers. */
export function registerRoutes(server: FastifyInstance, app: AppContext, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    server.route({
      method: route.method,
      url: route.path,
      ...(route.rateLimit ? { config: { rateLimit: route.rateLimit } } : {}),
      ...(route.rawBody ? { preParsing: keepRawBody } : {}),
      handler: async (request, reply) => {
        const result = await withIdempotency(route, app, request, (keyedId) =>
          runRoute(route, app, request, reply, keyedId),
        );
        if (isFile(result.body)) {
          return reply
            .status(result.status)
            .header('content-type', result.body.contentType)
            .header('content-disposition', `attachment; filename="${result.body.fileName}"`)
            .send(typeof result.body.body === 'string' ? result.body.body : Buffer.from(result.body.body));
        }
        if (isJsonText(result.body)) return sendJsonText(request, reply, result.status, result.body.page);
        return reply.status(result.status).send(result.body ?? null);
      },
    });
  }
}
