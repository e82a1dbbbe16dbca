import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { deviceAdminViewSchema } from '../../../../shared/schemas/device-admin';
import { apiRequest } from '../../data/api-client';
import { useData } from '../../data/data-context';

/** Query keys of the devices screen. */
export const deviceKeys = {
  all: ['admin', 'devices'] as const,
  list: () => [...deviceKeys.all, 'list'] as const,
};

const devicePageSchema = z.object({
  items: z.array(deviceAdminViewSchema),
  nextCursor: z.string().nullable(),
});

/** The store's workstations (`GET /api/v1/admin/devices`), refreshed every 15 s while the screen is open. */
export function useDevices() {
  const { session } = useData();
  return useQuery({
    queryKey: deviceKeys.list(),
    queryFn: async () =>
      (await apiRequest(session.token, '/api/v1/admin/devices?limit=500', devicePageSchema)).items,
    refetchInterval: 15_000,
  });
}
