import type { AutomationRuleInput } from '../../../../shared/schemas/automation-rule';
import { restRequest } from '../../data/rest-client';

/**
 * Saves (creates or replaces) or deletes a rule through the admin REST API; rejects with the
 * server's error or a network failure (`useErrorText` words either).
 */
export async function saveRule(
  token: string,
  id: string | null,
  input: AutomationRuleInput | null,
): Promise<void> {
  const path = `/api/v1/admin/automation-rules${id ? `/${id}` : ''}`;
  await restRequest(token, input === null ? 'DELETE' : id ? 'PUT' : 'POST', path, input ?? undefined);
}
