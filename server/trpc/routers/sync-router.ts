import { z } from 'zod';
import { commandSchema } from '../../../shared/schemas/command';
import { applyCommands } from '../../services/apply-command';
import { registerDevice } from '../../services/register-device';
import { pullDocs, pullInputSchema } from '../../sync/pull-docs';
import { authenticateStaff } from '../../auth/staff-auth';
import { router } from '../init';
import { publicProcedure } from '../init';
import { staffProcedure } from '../staff-procedure';
import { storeNotices } from '../../sync/store-notices';

export const syncRouter = router({
  pull: staffProcedure.input(pullInputSchema).query(({ ctx, input }) => pullDocs(ctx.app, ctx.user, input)),

  /** Applies commands in order; each outcome is final and idempotent by command id. */
  push: staffProcedure
    .input(z.object({ commands: z.array(commandSchema).max(500) }))
    .mutation(async ({ ctx, input }) => ({
      outcomes: await applyCommands(ctx.app, ctx.user, input.commands),
    })),

  registerDevice: staffProcedure
    .input(z.object({ deviceId: z.string().min(8).max(64) }))
    .mutation(({ ctx, input }) => registerDevice(ctx.app, ctx.user, input.deviceId)),

  /** Live notices of changed collections for the user's store; the device re-pulls from its checkpoint. */
  stream: publicProcedure
    .input(z.object({ token: z.string().optional() }).optional())
    .subscription(async function* ({ ctx, input, signal }) {
      const user = await authenticateStaff(ctx.app.db, input?.token ?? ctx.token);
      yield* storeNotices(ctx.app.feed, user.storeId, signal);
    }),
});
