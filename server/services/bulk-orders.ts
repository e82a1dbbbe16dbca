import type { StaffUser } from '../../shared/schemas/user';
import { isDomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { assertPermission } from '../../shared/domain/order/permissions';
import {
  bulkActionPermission,
  bulkCommandFor,
  type BulkAction,
} from '../../shared/domain/order/bulk-actions';
import type { AppContext } from './app-context';
import { getOrder } from './orders-query';
import { runStaffCommand } from './run-staff-command';

export interface BulkResult {
  succeeded: string[];
  failed: { id: string; code: string; message: string }[];
}

/**
 * Runs one bulk action over many orders as individual commands (each its own transaction), so one
 * order's failure is reported and the rest still apply. The action's permission is checked first.
 */
export async function runBulkAction(
  app: AppContext,
  user: StaffUser,
  bulk: BulkAction,
  orderIds: readonly string[],
): Promise<BulkResult> {
  assertPermission(user, bulkActionPermission(bulk.action));
  const result: BulkResult = { succeeded: [], failed: [] };
  for (const id of new Set(orderIds)) {
    try {
      const order = await getOrder(app.db, user.storeId, id);
      const command = bulkCommandFor(bulk, order, newId);
      await runStaffCommand(app, user, { type: command.type, targetId: id, payload: command.payload });
      result.succeeded.push(id);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      result.failed.push({ id, code: error.code, message: error.message });
    }
  }
  return result;
}
