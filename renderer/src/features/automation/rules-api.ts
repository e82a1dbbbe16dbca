import type { AutomationRuleInput } from '../../../../shared/schemas/automation-rule';
import { serverUrl } from '../../data/server-url';

/** Saves (creates or replaces) or deletes a rule through the admin REST API; returns an error text or null. */
export async function saveRule(
  token: string,
  id: string | null,
  input: AutomationRuleInput | null,
): Promise<string | null> {
  const path = `${serverUrl()}/api/v1/admin/automation-rules${id ? `/${id}` : ''}`;
  try {
    const response = await fetch(path, {
      method: input === null ? 'DELETE' : id ? 'PUT' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        ...(input === null ? {} : { 'content-type': 'application/json' }),
      },
      ...(input === null ? {} : { body: JSON.stringify(input) }),
    });
    if (response.ok) return null;
    const body = (await response.json()) as {
      error?: { message: string; issues?: { path: string; message: string }[] };
    };
    return `${body.error?.message ?? response.statusText}${body.error?.issues ? `: ${body.error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}` : ''}`;
  } catch {
    return 'No connection: rules can only be changed online.';
  }
}
