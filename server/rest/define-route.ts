import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { z } from 'zod';
import type { Permission } from '../../shared/schemas/permission';
import type { StaffUser } from '../../shared/schemas/user';
import type { AppContext } from '../services/app-context';
import type { JsonPage } from '../services/json-page-cache';
import type { KeyedId } from './idempotency';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A binary answer (PDF, CSV, XLSX) instead of JSON. */
export interface FileResponse {
  kind: 'file';
  contentType: string;
  fileName: string;
  body: Uint8Array | string;
}

/** A JSON answer already serialised (stored JSON text): sent as it is, with its ETag (304 on a match). */
export interface JsonTextResponse {
  kind: 'json-text';
  page: JsonPage;
}

/** Wraps a serialised JSON page as a route's answer. */
export function jsonText(page: JsonPage): JsonTextResponse {
  return { kind: 'json-text', page };
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  app: AppContext;
  request: FastifyRequest;
  reply: FastifyReply;
  /**
   * An id the same for every retry under the request's Idempotency-Key (fresh without one): for
   * records a payment provider deduplicates by, e.g. a refund's id.
   */
  keyedId: KeyedId;
}

interface RouteBase<P, Q, B> {
  method: HttpMethod;
  /** Fastify path, e.g. `/api/v1/admin/orders/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response?: z.ZodType;
  /** Media type of a file answer (documented in OpenAPI as a binary body). */
  produces?: string;
  successStatus?: number;
  /**
   * The route honours an `Idempotency-Key` header. `true`: the claim, the route's writes and its
   * answer commit in one transaction. `'resumable'`: the route is itself idempotent under the key
   * (checkout: its checkout key), so the claim commits first and the route runs outside any
   * transaction (no lock held across its provider call); a retry after a crash runs it again.
   */
  idempotent?: boolean | 'resumable';
  /** Per-route rate limit (e.g. login: per IP and e-mail); answered 429 RATE_LIMITED. */
  rateLimit?: RateLimitOptions;
  /** Keeps the raw request body for `rawBodyOf` (webhook signatures). */
  rawBody?: boolean;
}

export interface StaffRoute<P, Q, B> extends RouteBase<P, Q, B> {
  auth: 'staff';
  permission: Permission | 'admin';
  /** The answer, or a promise of it (a cached answer needs none). */
  handler: (input: RouteInput<P, Q, B> & { user: StaffUser }) => unknown;
}

export interface PublicRoute<P, Q, B> extends RouteBase<P, Q, B> {
  auth: 'none';
  /** The answer, or a promise of it (a cached answer needs none). */
  handler: (input: RouteInput<P, Q, B>) => unknown;
}

export interface CustomerRoute<P, Q, B> extends RouteBase<P, Q, B> {
  auth: 'customer';
  /** The answer, or a promise of it (a cached answer needs none). */
  handler: (input: RouteInput<P, Q, B> & { customerId: string }) => unknown;
}

export type AnyRoute =
  StaffRoute<never, never, never> | PublicRoute<never, never, never> | CustomerRoute<never, never, never>;

/** Declares a staff route: authenticated, permission-checked, inputs parsed with zod before the handler. */
export function staffRoute<P = undefined, Q = undefined, B = undefined>(
  route: Omit<StaffRoute<P, Q, B>, 'auth'>,
): AnyRoute {
  return { ...route, auth: 'staff' } as unknown as AnyRoute; // variance erasure: the registry parses inputs with the same schemas
}

/** Declares a route open to anyone (login, health, public shipping methods). */
export function publicRoute<P = undefined, Q = undefined, B = undefined>(
  route: Omit<PublicRoute<P, Q, B>, 'auth'>,
): AnyRoute {
  return { ...route, auth: 'none' } as unknown as AnyRoute; // variance erasure, see staffRoute
}

/** Declares a storefront customer route (customer token only). */
export function customerRoute<P = undefined, Q = undefined, B = undefined>(
  route: Omit<CustomerRoute<P, Q, B>, 'auth'>,
): AnyRoute {
  return { ...route, auth: 'customer' } as unknown as AnyRoute; // variance erasure, see staffRoute
}
