import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { automationRuleSchema, type AutomationRuleInput } from '../../../../shared/schemas/automation-rule';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

const BASE = '/api/v1/admin/automation-rules';

/**
 * Saves (creates or replaces) a rule, or deletes it when `input` is null. The rules list is the
 * replicated RxDB copy, so the sync brings the change back; nothing to invalidate.
 */
export function useSaveRule() {
  const { session } = useData();
  return useMutation({
    networkMode: 'always',
    mutationFn: async ({ id, input }: { id: string | null; input: AutomationRuleInput | null }) => {
      if (input === null) {
        if (id) await apiRequest(session.token, `${BASE}/${id}`, z.unknown(), { method: 'DELETE' });
        return;
      }
      await apiRequest(session.token, id ? `${BASE}/${id}` : BASE, automationRuleSchema, {
        method: id ? 'PUT' : 'POST',
        body: input,
        ...(id ? {} : { idempotent: true }),
      });
    },
  });
}
