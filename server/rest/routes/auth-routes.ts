import { loginInputSchema, staffLoginResultSchema } from '../../../shared/schemas/user';
import { loginStaff } from '../../auth/staff-auth';
import { publicRoute } from '../define-route';

export const authRoutes = [
  publicRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Staff login',
    tag: 'auth',
    body: loginInputSchema,
    response: staffLoginResultSchema,
    handler: ({ app, body }) => loginStaff(app.db, body.email, body.password),
  }),
];
