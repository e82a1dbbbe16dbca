import { newId } from '../../../shared/ids';
import { storeDate } from '../../../shared/dates/store-date';
import type { AutoInvoiceTrigger } from '../../../shared/schemas/invoice-settings';
import type { Invoice } from '../../../shared/schemas/invoice';
import type { Order } from '../../../shared/schemas/order';
import type { StaffUser } from '../../../shared/schemas/user';
import type { WriteScope } from '../../db/write-scope';
import type { CommandMiddleware } from '../apply-command';
import { getInvoiceSettingsIn, loadStoreIn } from './invoice-settings-store';
import { activeInvoiceOf, listOrderInvoicesIn } from './invoice-queries';
import { allocateServerNumber } from './invoice-series-store';
import {
  creditRefundsMadeBeforeInvoice,
  issueCreditNoteForRefund,
  SERVER_DEVICE_CODE,
} from './issue-credit-note';
import { issueInvoiceInTx } from './issue-invoice';
import { findOrder } from '../load-order';

/** Whether an order change fires the store's automatic-invoice trigger (a transition, so it fires once). */
export function triggerFired(trigger: AutoInvoiceTrigger, before: Order, after: Order): boolean {
  if (after.status === 'cancelled' || after.openExceptionCount > 0) return false;
  if (trigger === 'on_payment') return before.paymentStatus !== 'paid' && after.paymentStatus === 'paid';
  if (trigger === 'on_shipment')
    return before.fulfillmentStatus !== 'fulfilled' && after.fulfillmentStatus === 'fulfilled';
  return false;
}

/**
 * Issues the order's invoice from the server series `INV-<store>-SRV-<year>` (callers hold the write
 * lock), then a credit note for each refund made before it.
 */
export async function issueServerInvoice(
  scope: WriteScope,
  user: StaffUser,
  orderId: string,
  now: string,
): Promise<{ invoice: Invoice; orderVersion: number }> {
  const [settings, store] = await Promise.all([
    getInvoiceSettingsIn(scope, user.storeId),
    loadStoreIn(scope, user.storeId),
  ]);
  const issueDate = storeDate(now, settings.timeZone);
  const allocation = await allocateServerNumber(scope, user.storeId, {
    kind: 'invoice',
    invoicePrefix: settings.invoicePrefix,
    storeCode: store.code,
    deviceCode: SERVER_DEVICE_CODE,
    year: Number(issueDate.slice(0, 4)),
  });
  const { invoice } = await issueInvoiceInTx(scope, {
    user,
    orderId,
    invoiceId: newId(),
    allocation,
    issueDate,
    deviceId: SERVER_DEVICE_CODE,
    commandId: null,
    expectedVersion: null,
    now,
  });
  return { invoice, orderVersion: await creditRefundsMadeBeforeInvoice(scope, user, orderId, now) };
}

/** Runs automatic issuance after an order change (command, checkout, webhook): at most one invoice per order. */
export async function autoIssueAfterOrderChange(
  scope: WriteScope,
  user: StaffUser,
  before: Order,
  after: Order,
  now: string,
): Promise<number | undefined> {
  const settings = await getInvoiceSettingsIn(scope, user.storeId).catch(() => undefined);
  if (!settings || !triggerFired(settings.autoInvoiceTrigger, before, after)) return undefined;
  if (activeInvoiceOf(await listOrderInvoicesIn(scope, after.id))) return undefined;
  return (await issueServerInvoice(scope, user, after.id, now)).orderVersion;
}

/** After an `order.*` command: automatic invoice per the store's trigger, and a credit note for each new refund. */
export const invoicingMiddleware: CommandMiddleware = async (scope, user, command, now, next) => {
  if (!command.type.startsWith('order.')) return next();
  const before = await findOrder(scope, user.storeId, command.targetId);
  const version = await next();
  const after = await findOrder(scope, user.storeId, command.targetId);
  if (!before || !after) return version;
  let latest = after;
  const known = new Set((before.refunds ?? []).map((refund) => refund.id));
  for (const refund of (after.refunds ?? []).filter((candidate) => !known.has(candidate.id))) {
    await issueCreditNoteForRefund(scope, user, latest, refund, now);
    latest = (await findOrder(scope, user.storeId, after.id)) ?? latest;
  }
  const autoVersion = await autoIssueAfterOrderChange(scope, user, before, latest, now);
  return autoVersion ?? latest.version;
};
