import { loginInputSchema } from '../../../shared/schemas/user';
import { loginStaff } from '../../auth/staff-auth';
import { publicProcedure, router } from '../init';
import { staffProcedure } from '../staff-procedure';

export const authRouter = router({
  login: publicProcedure
    .input(loginInputSchema)
    .mutation(({ ctx, input }) => loginStaff(ctx.app.db, input.email, input.password)),
  me: staffProcedure.query(({ ctx }) => ctx.user),
});
