import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  createStaffUserInputSchema,
  staffUserAdminViewSchema,
  updateStaffUserInputSchema,
} from '../../../../shared/schemas/user';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import { userKeys } from './queries';

export type CreateStaffUserInput = z.input<typeof createStaffUserInputSchema>;
export type UpdateStaffUserInput = z.input<typeof updateStaffUserInputSchema>;

/** Creates a staff account; the list refreshes afterwards. */
export function useCreateStaffUser() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateStaffUserInput) =>
      apiRequest(session.token, '/api/v1/admin/users', staffUserAdminViewSchema, {
        method: 'POST',
        body: createStaffUserInputSchema.parse(input),
        idempotent: true,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Changes name, permissions, admin flag, active flag or password of one account. */
export function useUpdateStaffUser() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateStaffUserInput }) =>
      apiRequest(session.token, `/api/v1/admin/users/${id}`, staffUserAdminViewSchema, {
        method: 'PATCH',
        body: updateStaffUserInputSchema.parse(change),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: userKeys.all }),
  });
}
