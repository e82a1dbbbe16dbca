import { z } from 'zod';
import { deviceAdminViewSchema, deviceIdSchema } from '../../../shared/schemas/device-admin';
import { pageQuerySchema } from '../../../shared/schemas/order-filters';
import { listDevices, revokeDevice } from '../../services/devices-admin';
import { staffRoute, type AnyRoute } from '../define-route';

export const adminDeviceRoutes: AnyRoute[] = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/devices',
    summary:
      'Workstations of the store: name, last user, last seen, app version, pending outbox size, revoked',
    tag: 'devices',
    permission: 'admin',
    query: pageQuerySchema,
    response: z.object({ items: z.array(deviceAdminViewSchema), nextCursor: z.string().nullable() }),
    handler: ({ app, user, query }) => listDevices(app.db, user.storeId, query),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/devices/:id/revoke',
    summary:
      'Revoke a workstation: its next sync (pull, push, live stream) is refused with DEVICE_REVOKED, so it signs out and deletes its local copy',
    tag: 'devices',
    permission: 'admin',
    params: z.object({ id: deviceIdSchema }),
    response: deviceAdminViewSchema,
    handler: ({ app, user, params }) => revokeDevice(app, user, params.id),
  }),
];
