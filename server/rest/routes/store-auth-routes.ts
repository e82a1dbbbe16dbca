import {
  customerAuthResultSchema,
  customerLoginInputSchema,
  customerRegisterInputSchema,
} from '../../../shared/schemas/storefront';
import { loginCustomer, registerCustomer } from '../../auth/customer-auth';
import { publicRoute } from '../define-route';
import { loginRateLimit } from '../login-rate-limit';

export const storeAuthRoutes = [
  publicRoute({
    method: 'POST',
    path: '/api/v1/store/auth/register',
    summary: 'Register a storefront customer (409 when the e-mail is taken)',
    tag: 'store',
    body: customerRegisterInputSchema,
    response: customerAuthResultSchema,
    successStatus: 201,
    rateLimit: loginRateLimit('store-register'),
    handler: ({ app, body }) => registerCustomer(app, body),
  }),
  publicRoute({
    method: 'POST',
    path: '/api/v1/store/auth/login',
    summary: 'Storefront customer login (rate limited per IP and e-mail)',
    tag: 'store',
    body: customerLoginInputSchema,
    response: customerAuthResultSchema,
    rateLimit: loginRateLimit('store-login'),
    handler: ({ app, body }) => loginCustomer(app, body),
  }),
];
