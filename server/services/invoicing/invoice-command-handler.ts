import { DomainError, parseOrThrow } from '../../../shared/errors';
import { assertPermission } from '../../../shared/domain/order/permissions';
import { formatInvoiceNumber, seriesName } from '../../../shared/domain/invoicing/invoice-series';
import { issueInvoicePayloadSchema } from '../../../shared/schemas/invoice-commands';
import type { Command } from '../../../shared/schemas/command';
import type { StaffUser } from '../../../shared/schemas/user';
import { qb, runFirst } from '../../db/kysely';
import type { WriteScope } from '../../db/write-scope';
import { getInvoiceSettingsIn, loadStoreIn } from './invoice-settings-store';
import { creditRefundsMadeBeforeInvoice } from './issue-credit-note';
import { issueInvoiceInTx } from './issue-invoice';

/** Issued invoices never change: any other command aimed at one is refused with 409. */
function refuseChange(command: Command): never {
  throw new DomainError('CONFLICT', 'Invoices are immutable; issue a credit note to correct one', {
    details: { reason: 'invoice_immutable', type: command.type, invoiceId: command.targetId },
  });
}

/** The workstation's code (once per push: a device's code never changes). */
async function deviceCodeOf(scope: WriteScope, storeId: string, deviceId: string): Promise<string> {
  const row = await scope.memo(`device-code:${storeId}:${deviceId}`, () =>
    runFirst(
      scope.tx,
      qb.selectFrom('devices').select('code').where('id', '=', deviceId).where('store_id', '=', storeId),
    ),
  );
  const code = row?.code;
  if (!code)
    throw new DomainError(
      'FORBIDDEN',
      'This workstation is not registered; it cannot issue invoices from its own series',
      { details: { reason: 'device_not_registered' } },
    );
  return code;
}

/** Server authority for `invoice.*` commands: only `invoice.issue` exists; the number comes from the device's own series. */
export async function applyInvoiceCommand(
  scope: WriteScope,
  user: StaffUser,
  command: Command,
  now: string,
): Promise<number> {
  if (command.type !== 'invoice.issue') refuseChange(command);
  assertPermission(user, 'orders.edit');
  const payload = parseOrThrow(issueInvoicePayloadSchema, command.payload, 'payload');
  if (payload.invoiceId !== command.targetId) {
    throw new DomainError('BAD_INPUT', 'The command must target the invoice it issues', {
      issues: [{ path: 'invoiceId', message: 'Must equal targetId' }],
    });
  }
  if (await scope.getDoc('invoices', payload.invoiceId)) refuseChange(command);
  const [settings, store, deviceCode] = await Promise.all([
    getInvoiceSettingsIn(scope, user.storeId),
    loadStoreIn(scope, user.storeId),
    deviceCodeOf(scope, user.storeId, command.deviceId),
  ]);
  const year = Number(payload.issueDate.slice(0, 4));
  const series = seriesName({
    kind: 'invoice',
    invoicePrefix: settings.invoicePrefix,
    storeCode: store.code,
    deviceCode,
    year,
  });
  if (payload.series !== series || payload.number !== formatInvoiceNumber(series, payload.sequence)) {
    throw new DomainError(
      'BAD_INPUT',
      `Invoice number ${payload.number} is not from this workstation's series ${series}`,
      {
        details: { reason: 'wrong_series', expectedSeries: series },
        issues: [{ path: 'number', message: `Expected a number of series ${series}` }],
      },
    );
  }
  await issueInvoiceInTx(scope, {
    user,
    orderId: payload.orderId,
    invoiceId: payload.invoiceId,
    allocation: { series, sequence: payload.sequence, number: payload.number },
    issueDate: payload.issueDate,
    deviceId: command.deviceId,
    commandId: command.id,
    expectedVersion: command.expectedVersion,
    now,
    ...(payload.invoice ? { issued: payload.invoice } : {}),
  });
  // A refund made before the device's invoice: the server credits it right after, as for its own invoices.
  return creditRefundsMadeBeforeInvoice(scope, user, payload.orderId, now);
}
