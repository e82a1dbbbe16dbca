import { DomainError, isDomainError, type DomainErrorBody } from '../../../../shared/errors';
import { newId } from '../../../../shared/ids';
import { storeDate } from '../../../../shared/dates/store-date';
import { buildInvoice } from '../../../../shared/domain/invoicing/build-invoice';
import { formatInvoiceNumber, seriesName } from '../../../../shared/domain/invoicing/invoice-series';
import { assertPermission } from '../../../../shared/domain/order/permissions';
import { storeInvoiceSettingsSchema } from '../../../../shared/schemas/invoice-settings';
import { storeSchema, type Store } from '../../../../shared/schemas/store';
import type { Invoice } from '../../../../shared/schemas/invoice';
import type { IssueInvoicePayload } from '../../../../shared/schemas/invoice-commands';
import type { Order } from '../../../../shared/schemas/order';
import type { DataContextValue } from '../../data/data-context';
import { ensureDeviceCode } from '../../data/device-code';
import { allocateAndSave } from '../../data/invoicing-store';
import { createTrpcClient } from '../../data/trpc-client';

export type IssueResult = { ok: true; invoice: Invoice } | { ok: false; error: DomainErrorBody };

async function localSettings(
  data: DataContextValue,
): Promise<{ settings: ReturnType<typeof storeInvoiceSettingsSchema.parse>; store: Store }> {
  const doc = await data.db.invoicesettings.findOne(data.session.user.storeId).exec();
  if (!doc)
    throw new DomainError(
      'BUSINESS_RULE',
      'Invoice settings have not reached this workstation yet; connect once and try again',
    );
  const raw = doc.toJSON() as Record<string, unknown>;
  return { settings: storeInvoiceSettingsSchema.parse(raw), store: storeSchema.parse(raw.store) };
}

/**
 * Issues an invoice on this workstation, online or not: the number comes from the device's own series
 * (allocated atomically in IndexedDB), the snapshot is built by the shared buildInvoice (so it prints at
 * once) and an `invoice.issue` command carrying that snapshot goes to the outbox; the server stores it
 * as issued (the document of record) and reports any disagreement with its order as a problem.
 */
export async function issueInvoiceLocally(data: DataContextValue, order: Order): Promise<IssueResult> {
  const { session } = data;
  try {
    assertPermission(session.user, 'orders.edit');
    const { settings, store } = await localSettings(data);
    const deviceCode = await ensureDeviceCode(
      createTrpcClient(() => session.token),
      session,
    );
    if (!deviceCode)
      throw new DomainError(
        'BUSINESS_RULE',
        'This workstation has no invoice series yet: connect to the server once to register it',
      );
    const now = new Date();
    const issueDate = storeDate(now, settings.timeZone);
    const series = seriesName({
      kind: 'invoice',
      invoicePrefix: settings.invoicePrefix,
      storeCode: store.code,
      deviceCode,
      year: Number(issueDate.slice(0, 4)),
    });
    const id = newId();
    const build = (sequence: number): Invoice =>
      buildInvoice({
        order,
        settings,
        store,
        allocation: { series, sequence, number: formatInvoiceNumber(series, sequence) },
        id,
        issueDate,
        deviceId: session.deviceId,
        now: now.toISOString(),
      });
    build(1); // refuses (open exceptions, cancelled…) before a number is taken
    const invoice = await allocateAndSave(session.user.storeId, series, build);
    const payload: IssueInvoicePayload = {
      invoiceId: id,
      orderId: order.id,
      number: invoice.number,
      series,
      sequence: invoice.sequence,
      issueDate,
      invoice,
    };
    await data.db.outbox.insert({
      id: newId(),
      type: 'invoice.issue',
      targetId: id,
      expectedVersion: order.version,
      payload,
      userId: session.user.id,
      deviceId: session.deviceId,
      createdAt: now.toISOString(),
      status: 'pending',
      appliedVersion: null,
      error: null,
      summary: `Issue invoice ${invoice.number} for order #${order.number}`,
    });
    void data.engine.pushNow();
    return { ok: true, invoice };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, error: error.toBody() };
    throw error;
  }
}
