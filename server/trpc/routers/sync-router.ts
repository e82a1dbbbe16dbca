import { z } from 'zod';
import { commandSchema } from '../../../shared/schemas/command';
import {
  deviceIdSchema,
  deviceReportSchema,
  registerDeviceInputSchema,
} from '../../../shared/schemas/device-admin';
import { applyCommands } from '../../services/apply-command';
import { registerDevice } from '../../services/register-device';
import { recordDeviceSync, recordOutboxAfterPush } from '../../services/device-sightings';
import { pullDocs, pullInputSchema } from '../../sync/pull-docs';
import { liveChanges } from '../../sync/live-changes';
import { router } from '../init';
import { publicProcedure } from '../init';
import { staffProcedure } from '../staff-procedure';

/** The pushing workstation and what it reports (optional: older apps send only commands). */
const pushDeviceSchema = deviceReportSchema.extend({ id: deviceIdSchema });

export const syncRouter = router({
  pull: staffProcedure
    .input(pullInputSchema.extend({ deviceId: deviceIdSchema.optional() }))
    .query(async ({ ctx, input }) => {
      const { deviceId, ...pull } = input;
      if (deviceId) await recordDeviceSync(ctx.app.db, ctx.user, [deviceId]);
      return pullDocs(ctx.app, ctx.user, pull);
    }),

  /** Applies commands in order; each outcome is final and idempotent by command id. A revoked device is refused. */
  push: staffProcedure
    .input(z.object({ commands: z.array(commandSchema).max(500), device: pushDeviceSchema.optional() }))
    .mutation(async ({ ctx, input }) => {
      const { device } = input;
      const deviceIds = input.commands.map((command) => command.deviceId);
      await recordDeviceSync(ctx.app.db, ctx.user, device ? [device.id, ...deviceIds] : deviceIds, device);
      const outcomes = await applyCommands(ctx.app, ctx.user, input.commands);
      if (device?.outboxSize !== undefined)
        await recordOutboxAfterPush(ctx.app.db, device.id, device.outboxSize, outcomes.length);
      return { outcomes };
    }),

  /** Registers the workstation (once; later calls update what it reports) and binds this session to it. */
  registerDevice: staffProcedure
    .input(registerDeviceInputSchema)
    .mutation(({ ctx, input }) => registerDevice(ctx.app, ctx.user, input, ctx.token)),

  /** Live notices of changed collections for the user's store; the device re-pulls from its checkpoint. */
  stream: publicProcedure
    .input(z.object({ token: z.string().optional(), deviceId: deviceIdSchema.optional() }).optional())
    .subscription(async function* ({ ctx, input, signal }) {
      yield* liveChanges(ctx.app, { token: input?.token ?? ctx.token, deviceId: input?.deviceId }, signal);
    }),
});
