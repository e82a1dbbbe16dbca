import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { staffUserAdminViewSchema } from '../../../../shared/schemas/user';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Query keys of the users screen. */
export const userKeys = {
  all: ['admin', 'users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
};

const userListSchema = z.object({ items: z.array(staffUserAdminViewSchema) });

/** The store's staff accounts (`GET /api/v1/admin/users`). */
export function useStaffUsers() {
  const { session } = useData();
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: async () => (await apiRequest(session.token, '/api/v1/admin/users', userListSchema)).items,
  });
}
