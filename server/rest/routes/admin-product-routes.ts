import { z } from 'zod';
import { orderItemExceptionSchema } from '../../../shared/schemas/order-exception';
import { productSchema } from '../../../shared/schemas/product';
import { createProduct, createProductInputSchema } from '../../services/create-product';
import { staffRoute } from '../define-route';

export const adminProductRoutes = [
  staffRoute({
    method: 'POST',
    path: '/api/v1/admin/products',
    summary: 'Add a catalog product; open exceptions with its GTIN resolve automatically',
    tag: 'catalog',
    permission: 'admin',
    body: createProductInputSchema,
    response: z.object({ product: productSchema, autoResolved: z.array(orderItemExceptionSchema) }),
    successStatus: 201,
    idempotent: true,
    handler: ({ app, user, body }) => createProduct(app, user, body),
  }),
];
