import { z } from 'zod';

/** A server base URL as a workstation stores it: http(s), normalised to origin + path without trailing slash. */
/** The first administrator of a new standalone database (desktop: checked by the page and by main). */
export const firstAdminSchema = z.object({
  email: z.email().max(200),
  password: z.string().min(10).max(200),
});

export const serverUrlSchema = z
  .url({ protocol: /^https?$/, error: 'An http:// or https:// address, e.g. https://orders.example.com' })
  .max(500)
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

const healthSchema = z.object({ ok: z.literal(true), database: z.string().optional() });

/** Why "Test connection" failed (the screen words it in the user's language). */
export type ServerCheckFailure = 'invalid_address' | 'no_answer' | 'bad_status' | 'not_order_desk';

/** Outcome of "Test connection"; `message` is the English wording for logs. */
export type ServerCheck =
  | { ok: true; serverUrl: string; database?: string }
  | { ok: false; reason: ServerCheckFailure; serverUrl?: string; status?: number; message: string };

/**
 * Asks `<url>/api/v1/health` whether an Order Desk server answers there (same check in the browser and
 * in Electron's main process, which is not bound by the page's CSP).
 */
export async function checkServer(
  rawUrl: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 5000,
): Promise<ServerCheck> {
  const parsed = serverUrlSchema.safeParse(rawUrl.trim());
  if (!parsed.success)
    return {
      ok: false,
      reason: 'invalid_address',
      message: parsed.error.issues[0]?.message ?? 'Invalid address',
    };
  const serverUrl = parsed.data;
  let response: Response;
  try {
    response = await fetchImpl(`${serverUrl}/api/v1/health`, { signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    return {
      ok: false,
      reason: 'no_answer',
      serverUrl,
      message: `No answer from ${serverUrl} (offline, wrong address, or not allowed by CORS)`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      reason: 'bad_status',
      serverUrl,
      status: response.status,
      message: `${serverUrl} answered ${response.status}: not an Order Desk server`,
    };
  const body = healthSchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success)
    return {
      ok: false,
      reason: 'not_order_desk',
      serverUrl,
      message: `${serverUrl} is not an Order Desk server`,
    };
  return { ok: true, serverUrl, ...(body.data.database ? { database: body.data.database } : {}) };
}
