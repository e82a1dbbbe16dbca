import type { Order } from '../../shared/schemas/order';
import type { WriteScope } from '../db/write-scope';
import { autoIssueAfterOrderChange } from './invoicing/auto-invoice';
import { automationActor, runAutomation } from './run-automation';

/**
 * What follows an order write that did not come through a command (checkout, marketplace import,
 * payment webhook): automation rules for what changed, then automatic invoicing per the store's
 * trigger. Commands get the same through the command middleware. Call it last in the transaction.
 */
export async function afterOrderWritten(
  scope: WriteScope,
  before: Order | null,
  after: Order,
  now: string,
): Promise<void> {
  const automated = await runAutomation(scope, before, after, now);
  await autoIssueAfterOrderChange(
    scope,
    automationActor(after.storeId),
    before ?? unpaidUnshipped(after),
    automated,
    now,
  );
}

/** A created order is judged against "nothing had happened yet", so a paid checkout can invoice on payment. */
function unpaidUnshipped(order: Order): Order {
  return { ...order, paymentStatus: 'unpaid', fulfillmentStatus: 'unfulfilled' };
}
