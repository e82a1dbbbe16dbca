import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deviceAdminViewSchema } from '../../../../shared/schemas/device-admin';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';
import { deviceKeys } from './queries';

/** Revokes a workstation: at its next sync it is refused, signs out and deletes its local copy. */
export function useRevokeDevice() {
  const { session } = useData();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(
        session.token,
        `/api/v1/admin/devices/${encodeURIComponent(id)}/revoke`,
        deviceAdminViewSchema,
        {
          method: 'POST',
        },
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: deviceKeys.all }),
  });
}
