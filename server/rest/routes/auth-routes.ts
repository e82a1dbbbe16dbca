import { loginInputSchema, staffLoginResultSchema } from '../../../shared/schemas/user';
import { loginStaff } from '../../auth/staff-auth';
import { publicRoute } from '../define-route';
import { loginRateLimit } from '../login-rate-limit';

export const authRoutes = [
  publicRoute({
    method: 'POST',
    path: '/api/v1/auth/login',
    summary: 'Staff login',
    tag: 'auth',
    body: loginInputSchema,
    response: staffLoginResultSchema,
    rateLimit: loginRateLimit('staff-login'),
    handler: ({ app, body }) => loginStaff(app.db, body.email, body.password),
  }),
];
