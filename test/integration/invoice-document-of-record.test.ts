import { z } from 'zod';
import { expect, it } from 'vitest';
import { buildInvoice } from '../../shared/domain/invoicing/build-invoice';
import { storeInvoiceSettingsSchema } from '../../shared/schemas/invoice-settings';
import { storeSchema } from '../../shared/schemas/store';
import type { Order } from '../../shared/schemas/order';
import { describeBackends, type TestServer } from '../factories/test-server';
import { buildCommand, fetchOrder, push } from '../factories/orders';
import {
  claimInvoiceableOrder,
  issueCommand,
  orderInvoices,
  registerTestDevice,
  today,
  type TestDevice,
} from '../factories/invoices';

/** The invoice settings and store as a workstation holds them after a pull. */
async function localSettings(server: TestServer, token: string) {
  const pulled = await server
    .trpc(token)
    .sync.pull.query({ collection: 'invoice_settings', checkpoint: null, limit: 10 });
  const raw = z.object({ store: z.unknown() }).passthrough().parse(pulled.documents[0]);
  return { settings: storeInvoiceSettingsSchema.parse(raw), store: storeSchema.parse(raw.store) };
}

/** What the device does offline: build the invoice from its copy of the order and queue it. */
async function issueOffline(
  server: TestServer,
  token: string,
  user: { id: string },
  device: TestDevice,
  order: Order,
) {
  const command = issueCommand(user, device, order, 1);
  const payload = z
    .object({ invoiceId: z.string(), number: z.string(), series: z.string(), sequence: z.number() })
    .parse(command.payload);
  const { settings, store } = await localSettings(server, token);
  const invoice = buildInvoice({
    order,
    settings,
    store,
    allocation: { series: payload.series, sequence: payload.sequence, number: payload.number },
    id: payload.invoiceId,
    issueDate: today(),
    deviceId: device.deviceId,
    now: new Date().toISOString(),
  });
  return {
    command: {
      ...command,
      payload: { ...payload, ...z.record(z.string(), z.unknown()).parse(command.payload), invoice },
    },
    invoice,
  };
}

describeBackends('an invoice issued on a device is the document of record', (server) => {
  it('stores the invoice as the device issued it and reports the order changed meanwhile as a problem', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const order = await claimInvoiceableOrder(
      server,
      (candidate) => candidate.shipments.length === 0 && candidate.status !== 'cancelled',
    );
    const { command, invoice } = await issueOffline(server, token, user, device, order);
    // Meanwhile, on the server: the billing address changes.
    const moved = { ...order.billingAddress, name: 'Somebody Else', line1: 'Neue Straße 9' };
    const [edit] = await push(server.trpc(token), [
      buildCommand(user, 'order.update', order.id, { billingAddress: moved }),
    ]);
    expect(edit).toMatchObject({ status: 'applied' });

    const [outcome] = await push(server.trpc(token), [command]);
    expect(outcome).toMatchObject({ status: 'applied' });
    const stored = await orderInvoices(server, token, order.id);
    expect(stored).toEqual([invoice]);
    expect(stored[0]?.buyer.address.line1).toBe(order.billingAddress.line1);
    const after = await fetchOrder(server, token, order.id);
    const problem = after.events.find((event) => event.type === 'invoice_problem');
    expect(problem?.message).toContain('Buyer name, address or VAT number differs');
    expect(problem?.message).toContain('credit note');
  });

  it('stores an unchanged order’s invoice without a problem', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const order = await claimInvoiceableOrder(server);
    const { command, invoice } = await issueOffline(server, token, user, device, order);
    const [outcome] = await push(server.trpc(token), [command]);
    expect(outcome).toMatchObject({ status: 'applied' });
    expect(await orderInvoices(server, token, order.id)).toEqual([invoice]);
    const after = await fetchOrder(server, token, order.id);
    expect(after.events.some((event) => event.type === 'invoice_problem')).toBe(false);
  });

  it('reports totals that do not add up, and refuses a document that is not the one the command names', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const order = await claimInvoiceableOrder(server);
    const { command, invoice } = await issueOffline(server, token, user, device, order);
    const wrongTotals = { ...invoice, totals: { ...invoice.totals, gross: invoice.totals.gross + 1 } };
    const [renumbered] = await push(server.trpc(token), [
      {
        ...command,
        payload: {
          ...z.record(z.string(), z.unknown()).parse(command.payload),
          invoice: { ...invoice, number: 'INV-OTHER-1' },
        },
      },
    ]);
    expect(renumbered).toMatchObject({
      status: 'rejected',
      error: { code: 'BAD_INPUT', details: { reason: 'issued_invoice_mismatch', fields: ['number'] } },
    });
    const [outcome] = await push(server.trpc(token), [
      {
        ...command,
        id: crypto.randomUUID(),
        payload: { ...z.record(z.string(), z.unknown()).parse(command.payload), invoice: wrongTotals },
      },
    ]);
    expect(outcome).toMatchObject({ status: 'applied' });
    expect((await orderInvoices(server, token, order.id))[0]?.totals).toEqual(wrongTotals.totals);
    const after = await fetchOrder(server, token, order.id);
    expect(after.events.find((event) => event.type === 'invoice_problem')?.message).toContain(
      'Totals do not add up',
    );
  });
});
