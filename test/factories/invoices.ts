import { z } from 'zod';
import { invoiceSchema, type Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import type { Command } from '../../shared/schemas/command';
import { formatInvoiceNumber } from '../../shared/domain/invoicing/invoice-series';
import { newId } from '../../shared/ids';
import { buildCommand, claimOrder } from './orders';
import type { TestServer } from './test-server';

/** A registered workstation and its invoice series for the current year. */
export interface TestDevice {
  deviceId: string;
  code: string;
  series: string;
}

/** Registers a workstation through tRPC (as the app does at sync start) and names its invoice series. */
export async function registerTestDevice(server: TestServer, token: string): Promise<TestDevice> {
  const deviceId = `device-${newId()}`;
  const { code } = await server.trpc(token).sync.registerDevice.mutate({ deviceId });
  const settings = await server
    .trpc(token)
    .sync.pull.query({ collection: 'invoice_settings', checkpoint: null, limit: 10 });
  const storeCode = z
    .object({ store: z.object({ code: z.string() }), invoicePrefix: z.string() })
    .parse(settings.documents[0]);
  return {
    deviceId,
    code,
    series: `${storeCode.invoicePrefix}-${storeCode.store.code}-${code}-${today().slice(0, 4)}`,
  };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** An `invoice.issue` command as a device creates it offline: number `sequence` of its own series. */
export function issueCommand(
  user: Pick<StaffUser, 'id'>,
  device: TestDevice,
  order: Order,
  sequence: number,
  overrides: Partial<Command> = {},
): Command {
  const invoiceId = newId();
  const payload = {
    invoiceId,
    orderId: order.id,
    number: formatInvoiceNumber(device.series, sequence),
    series: device.series,
    sequence,
    issueDate: today(),
  };
  return buildCommand(user, 'invoice.issue', invoiceId, payload, {
    deviceId: device.deviceId,
    expectedVersion: order.version,
    ...overrides,
  });
}

/** An unclaimed order that may be invoiced (not cancelled, no open exceptions). */
export function claimInvoiceableOrder(
  server: TestServer,
  predicate: (order: Order) => boolean = () => true,
): Promise<Order> {
  return claimOrder(
    server,
    ['confirmed', 'processing', 'shipped', 'delivered', 'completed', 'pending'],
    (order) => order.openExceptionCount === 0 && predicate(order),
  );
}

/** GET /admin/orders/:id/invoices as parsed invoices. */
export async function orderInvoices(server: TestServer, token: string, orderId: string): Promise<Invoice[]> {
  const response = await server.api('GET', `/api/v1/admin/orders/${orderId}/invoices`, { token });
  if (response.status !== 200)
    throw new Error(`list invoices: ${response.status} ${JSON.stringify(response.body)}`);
  return z.object({ items: z.array(invoiceSchema) }).parse(response.body).items;
}

const seriesSchema = z.object({
  items: z.array(
    z.object({
      series: z.string(),
      lastSequence: z.number(),
      gaps: z.array(z.object({ from: z.number(), to: z.number() })),
    }),
  ),
});

/** GET /admin/invoice-series (admin token). */
export async function invoiceSeries(
  server: TestServer,
  token: string,
): Promise<z.infer<typeof seriesSchema>['items']> {
  const response = await server.api('GET', '/api/v1/admin/invoice-series', { token });
  if (response.status !== 200) throw new Error(`series: ${response.status} ${JSON.stringify(response.body)}`);
  return seriesSchema.parse(response.body).items;
}
