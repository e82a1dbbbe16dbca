import { z } from 'zod';
import { orderItemExceptionSchema } from '../../../shared/schemas/order-exception';
import { productSchema } from '../../../shared/schemas/product';
import {
  productListQuerySchema,
  productPageSchema,
  stockAdjustmentSchema,
  updateProductInputSchema,
} from '../../../shared/schemas/product-admin';
import { pageQuerySchema } from '../../../shared/schemas/order-filters';
import { createProduct, createProductInputSchema } from '../../services/create-product';
import { listProducts } from '../../services/list-products';
import { updateProduct } from '../../services/update-product';
import { listStockAdjustments } from '../../services/stock-adjustments-query';
import { staffRoute } from '../define-route';

const idParams = z.object({ id: z.uuid() });

export const adminProductRoutes = [
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/products',
    summary: 'List catalog products by name (cursor paging); q: name or SKU substring, or GTIN',
    tag: 'catalog',
    permission: 'admin',
    query: productListQuerySchema,
    response: productPageSchema,
    handler: ({ app, user, query }) => listProducts(app.db, user.storeId, query),
  }),
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
  staffRoute({
    method: 'PATCH',
    path: '/api/v1/admin/products/:id',
    summary:
      'Change name, SKU, net price, VAT category or weight; adjust stock (delta or counted onHand) with a required reason, recorded',
    tag: 'catalog',
    permission: 'admin',
    params: idParams,
    body: updateProductInputSchema,
    response: productSchema,
    handler: ({ app, user, params, body }) => updateProduct(app, user, params.id, body),
  }),
  staffRoute({
    method: 'GET',
    path: '/api/v1/admin/products/:id/stock-adjustments',
    summary: "A product's recorded stock adjustments, newest first (who, when, reason, before and after)",
    tag: 'catalog',
    permission: 'admin',
    params: idParams,
    query: pageQuerySchema,
    response: z.object({ items: z.array(stockAdjustmentSchema), nextCursor: z.string().nullable() }),
    handler: ({ app, user, params, query }) => listStockAdjustments(app.db, user.storeId, params.id, query),
  }),
];
