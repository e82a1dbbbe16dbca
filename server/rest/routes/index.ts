import type { AnyRoute } from '../define-route';
import { adminOrderRoutes } from './admin-order-routes';
import { authRoutes } from './auth-routes';

/** Every REST route of /api/v1; feature modules append theirs here. */
export const allRoutes: AnyRoute[] = [...authRoutes, ...adminOrderRoutes];
