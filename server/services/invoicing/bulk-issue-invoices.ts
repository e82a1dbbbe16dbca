import { isDomainError } from '../../../shared/errors';
import { assertPermission } from '../../../shared/domain/order/permissions';
import type { StaffUser } from '../../../shared/schemas/user';
import { withWriteTransaction } from '../../db/write-scope';
import type { AppContext } from '../app-context';
import type { BulkResult } from '../bulk-orders';
import { issueServerInvoice } from './auto-invoice';

/**
 * `issue_invoices` of POST /admin/orders/bulk: one invoice per order from the server series, each in
 * its own transaction; an order already invoiced (409), cancelled or with open exceptions (422) is
 * listed under `failed` and the others are still invoiced.
 */
export async function bulkIssueInvoices(
  app: AppContext,
  user: StaffUser,
  orderIds: readonly string[],
): Promise<BulkResult> {
  assertPermission(user, 'orders.edit');
  const result: BulkResult = { succeeded: [], failed: [] };
  for (const id of new Set(orderIds)) {
    try {
      await withWriteTransaction(app.db, app.feed, user.storeId, (scope) =>
        issueServerInvoice(scope, user, id, app.now().toISOString()),
      );
      result.succeeded.push(id);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      result.failed.push({ id, code: error.code, message: error.message });
    }
  }
  return result;
}
