import { z } from 'zod';
import {
  shippingMethodInputSchema,
  shippingMethodPatchSchema,
  shippingMethodSchema,
} from '../../../shared/schemas/shipping-method';
import {
  createShippingMethod,
  listShippingMethods,
  updateShippingMethod,
} from '../../services/shipping-methods';
import { staffRoute } from '../define-route';

export const shippingMethodRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/shipping-methods',
    summary: 'List shipping methods (active and inactive)',
    tag: 'shipping-methods',
    permission: 'admin',
    response: z.object({ items: z.array(shippingMethodSchema), nextCursor: z.null() }),
    handler: async ({ app, user }) => ({
      items: await listShippingMethods(app, user.storeId),
      nextCursor: null,
    }),
  }),
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/shipping-methods',
    summary: 'Create a shipping method (countries, price rule, tracking URL template)',
    tag: 'shipping-methods',
    permission: 'admin',
    body: shippingMethodInputSchema,
    response: shippingMethodSchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ app, user, body }) => createShippingMethod(app, user.storeId, body),
  }),
  staffRoute({
    method: 'PATCH',
    path: '/api/v1/admin/shipping-methods/:id',
    summary: 'Change a shipping method (e.g. deactivate it)',
    tag: 'shipping-methods',
    permission: 'admin',
    params: z.object({ id: z.uuid() }),
    body: shippingMethodPatchSchema,
    response: shippingMethodSchema,
    handler: ({ app, user, params, body }) => updateShippingMethod(app, user.storeId, params.id, body),
  }),
];
