import { z } from 'zod';

/** A server base URL as a workstation stores it: http(s), normalised to origin + path without trailing slash. */
export const serverUrlSchema = z
  .url({ protocol: /^https?$/, error: 'An http:// or https:// address, e.g. https://orders.example.com' })
  .max(500)
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

const healthSchema = z.object({ ok: z.literal(true), database: z.string().optional() });

/** Outcome of "Test connection". */
export type ServerCheck = { ok: true; serverUrl: string; database?: string } | { ok: false; message: string };

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
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid address' };
  const serverUrl = parsed.data;
  let response: Response;
  try {
    response = await fetchImpl(`${serverUrl}/api/v1/health`, { signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    return {
      ok: false,
      message: `No answer from ${serverUrl} (offline, wrong address, or not allowed by CORS)`,
    };
  }
  if (!response.ok)
    return { ok: false, message: `${serverUrl} answered ${response.status}: not an Order Desk server` };
  const body = healthSchema.safeParse(await response.json().catch(() => undefined));
  if (!body.success) return { ok: false, message: `${serverUrl} is not an Order Desk server` };
  return { ok: true, serverUrl, ...(body.data.database ? { database: body.data.database } : {}) };
}
