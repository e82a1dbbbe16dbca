import type { Order } from '../../shared/schemas/order';
import type { CommandMiddleware } from './apply-command';
import { runAutomation } from './run-automation';

/**
 * Runs automation rules after every applied command that changed an order (paid, fully shipped,
 * cancelled, exceptions cleared), in the command's transaction; returns the final order version.
 */
export const automationMiddleware: CommandMiddleware = async (scope, user, command, now, next) => {
  const before = await scope.getDoc<Order>('orders', command.targetId, { storeId: user.storeId });
  const version = await next();
  if (!before || before.deleted) return version;
  const after = await scope.getDoc<Order>('orders', command.targetId, { storeId: user.storeId });
  if (!after || after.deleted) return version;
  const final = await runAutomation(
    scope,
    { ...before.data, version: before.version },
    { ...after.data, version: after.version },
    now,
  );
  return Math.max(version, final.version);
};
