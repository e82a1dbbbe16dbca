import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  storeProfileInputSchema,
  storeProfileSchema,
  type StoreProfileInput,
} from '../../../../shared/schemas/store-profile';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import { storeKeys } from './queries';

/** Saves the whole store profile (`PUT /api/v1/admin/store`); the first save completes the setup. */
export function useSaveStoreProfile() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StoreProfileInput) =>
      apiRequest(session.token, '/api/v1/admin/store', storeProfileSchema, {
        method: 'PUT',
        body: storeProfileInputSchema.parse(input),
      }),
    onSuccess: (saved) => client.setQueryData(storeKeys.profile(), saved),
  });
}
