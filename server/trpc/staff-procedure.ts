import { authenticateStaff } from '../auth/staff-auth';
import { publicProcedure } from './init';

/** A procedure that requires a valid staff token; `ctx.user` is the authenticated user. */
export const staffProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const user = await authenticateStaff(ctx.app.db, ctx.token);
  return next({ ctx: { ...ctx, user } });
});
