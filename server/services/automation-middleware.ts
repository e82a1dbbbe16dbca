import type { CommandMiddleware } from './apply-command';
import { runAutomation } from './run-automation';
import { findOrder } from './load-order';

/**
 * Runs automation rules after every applied command that changed an order (paid, fully shipped,
 * cancelled, exceptions cleared), in the command's transaction; returns the final order version.
 */
export const automationMiddleware: CommandMiddleware = async (scope, user, command, now, next) => {
  const before = await findOrder(scope, user.storeId, command.targetId);
  const version = await next();
  if (!before) return version;
  const after = await findOrder(scope, user.storeId, command.targetId);
  if (!after) return version;
  const final = await runAutomation(scope, before, after, now);
  return Math.max(version, final.version);
};
