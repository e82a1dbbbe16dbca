import type { ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { newId } from '../../../../shared/ids';
import { serverUrl } from '../../data/server-url';

/** Shown when the server cannot be reached: configuration changes are online-only (docs/decisions.md). */
export const NEEDS_CONNECTION =
  'Needs a connection: shipping methods can only be changed while online. Nothing was saved.';

interface ErrorBody {
  error?: { message: string; issues?: { path: string; message: string }[] };
}

/** Creates (id null) or changes a method through /api/v1/admin/shipping-methods; returns an error text or null. */
export async function saveShippingMethod(
  token: string,
  id: string | null,
  input: ShippingMethodInput,
): Promise<string | null> {
  if (!navigator.onLine) return NEEDS_CONNECTION;
  const path = `${serverUrl()}/api/v1/admin/shipping-methods${id ? `/${id}` : ''}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: id ? 'PATCH' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(id ? {} : { 'idempotency-key': newId() }),
      },
      body: JSON.stringify(input),
    });
  } catch {
    return NEEDS_CONNECTION;
  }
  if (response.ok) return null;
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const issues = body.error?.issues?.map((issue) => `${issue.path} ${issue.message}`).join('; ');
  return `${body.error?.message ?? response.statusText}${issues ? `: ${issues}` : ''}`;
}
