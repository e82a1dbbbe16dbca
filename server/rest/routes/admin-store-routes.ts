import { storeProfileInputSchema, storeProfileSchema } from '../../../shared/schemas/store-profile';
import { getStoreProfile, saveStoreProfile } from '../../services/store-profile';
import { staffRoute, type AnyRoute } from '../define-route';

export const adminStoreRoutes: AnyRoute[] = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/store',
    summary:
      'The store profile: legal name, address, VAT ID, tax number, currency, timezone, OSS registration (completedAt null: first-run setup pending)',
    tag: 'configuration',
    permission: 'admin',
    response: storeProfileSchema,
    handler: ({ app, user }) => getStoreProfile(app.db, user.storeId),
  }),
  staffRoute({
    method: 'PUT',
    path: '/api/v1/admin/store',
    summary:
      "Replace the store profile; the invoice settings' seller block follows it (currency is fixed once orders exist)",
    tag: 'configuration',
    permission: 'admin',
    body: storeProfileInputSchema,
    response: storeProfileSchema,
    handler: ({ app, user, body }) => saveStoreProfile(app, user, body),
  }),
];
