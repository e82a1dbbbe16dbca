import { useQuery } from '@tanstack/react-query';
import { storeProfileSchema } from '../../../../shared/schemas/store-profile';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Query keys of the store profile. */
export const storeKeys = {
  all: ['admin', 'store'] as const,
  profile: () => [...storeKeys.all, 'profile'] as const,
};

/** The store profile (`GET /api/v1/admin/store`); admins only, so others never ask. */
export function useStoreProfile() {
  const { session } = useData();
  return useQuery({
    queryKey: storeKeys.profile(),
    queryFn: () => apiRequest(session.token, '/api/v1/admin/store', storeProfileSchema),
    enabled: session.user.isAdmin,
    staleTime: 60_000,
  });
}
