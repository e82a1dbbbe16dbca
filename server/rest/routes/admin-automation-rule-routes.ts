import { z } from 'zod';
import { automationRuleInputSchema, automationRuleSchema } from '../../../shared/schemas/automation-rule';
import { registerCommandMiddleware } from '../../services/apply-command';
import { automationMiddleware } from '../../services/automation-middleware';
import {
  createAutomationRule,
  deleteAutomationRule,
  getAutomationRule,
  listAutomationRules,
  listRuleRuns,
  updateAutomationRule,
} from '../../services/automation-rules';
import { staffRoute } from '../define-route';
import { pageQuerySchema } from '../../../shared/schemas/order-filters';

registerCommandMiddleware(automationMiddleware);

const idParams = z.object({ id: z.uuid() });
const BASE = '/api/v1/admin/automation-rules';

export const adminAutomationRuleRoutes = [
  staffRoute({
    method: 'GET',
    path: BASE,
    summary: 'List automation rules (by priority)',
    tag: 'automation',
    permission: 'admin',
    response: z.object({ items: z.array(automationRuleSchema), nextCursor: z.null() }),
    handler: async ({ app, user }) => ({
      items: await listAutomationRules(app.db, user.storeId),
      nextCursor: null,
    }),
  }),
  staffRoute({
    method: 'POST',
    path: BASE,
    summary: 'Create an automation rule',
    tag: 'automation',
    permission: 'admin',
    body: automationRuleInputSchema,
    response: automationRuleSchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ app, user, body }) => createAutomationRule(app, user, body),
  }),
  staffRoute({
    method: 'GET',
    path: `${BASE}/runs`,
    summary: 'Recorded rule runs, newest first (optionally for one order); cursor paging',
    tag: 'automation',
    permission: 'admin',
    query: z.object({ orderId: z.uuid().optional() }).extend(pageQuerySchema.shape),
    handler: ({ app, user, query }) => listRuleRuns(app.db, user.storeId, query),
  }),
  staffRoute({
    method: 'GET',
    path: `${BASE}/:id`,
    summary: 'Get one automation rule',
    tag: 'automation',
    permission: 'admin',
    params: idParams,
    response: automationRuleSchema,
    handler: ({ app, user, params }) => getAutomationRule(app.db, user.storeId, params.id),
  }),
  staffRoute({
    method: 'PUT',
    path: `${BASE}/:id`,
    summary: 'Replace an automation rule',
    tag: 'automation',
    permission: 'admin',
    params: idParams,
    body: automationRuleInputSchema,
    response: automationRuleSchema,
    handler: ({ app, user, params, body }) => updateAutomationRule(app, user, params.id, body),
  }),
  staffRoute({
    method: 'DELETE',
    path: `${BASE}/:id`,
    summary: 'Delete an automation rule (past runs stay recorded)',
    tag: 'automation',
    permission: 'admin',
    params: idParams,
    successStatus: 204,
    handler: async ({ app, user, params }) => {
      await deleteAutomationRule(app, user, params.id);
      return null;
    },
  }),
];
