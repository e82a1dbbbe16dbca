import { expect, it } from 'vitest';
import type { Invoice } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import type { StaffUser } from '../../shared/schemas/user';
import { newId } from '../../shared/ids';
import { describeBackends, type TestServer } from '../factories/test-server';
import { buildCommand, fetchOrder, push } from '../factories/orders';
import {
  claimInvoiceableOrder,
  issueCommand,
  orderInvoices,
  registerTestDevice,
} from '../factories/invoices';

const paidOrder = (server: TestServer): Promise<Order> =>
  claimInvoiceableOrder(
    server,
    (o) => o.paymentStatus === 'paid' && o.status !== 'pending' && o.totals.gross > 2_000,
  );

/** Refunds 5.00 by amount, before any invoice exists. */
async function refundBeforeInvoice(server: TestServer, token: string, user: StaffUser, order: Order) {
  const [refunded] = await push(server.trpc(token), [
    buildCommand(user, 'order.refund', order.id, { refundId: newId(), amount: 500, reason: 'Goodwill' }),
  ]);
  expect(refunded).toMatchObject({ status: 'applied' });
  expect(await orderInvoices(server, token, order.id)).toHaveLength(0);
}

/** The invoice shows the full supply; one credit note for the refund references it. */
async function expectInvoiceAndCreditNote(server: TestServer, token: string, order: Order): Promise<void> {
  const documents = await orderInvoices(server, token, order.id);
  const invoice = documents.find((doc) => doc.kind === 'invoice');
  const notes = documents.filter((doc): doc is Invoice => doc.kind === 'credit_note');
  expect(invoice?.totals.gross).toBe(order.totals.gross);
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({
    correctsInvoiceId: invoice?.id,
    correctsInvoiceNumber: invoice?.number,
    reason: 'Goodwill',
  });
  // An amount credit is spread over the rates; a gross not reachable from a whole-cent net is off by 1 cent per rate.
  const credited = -(notes[0]?.totals.gross ?? 0);
  expect(Math.abs(credited - 500)).toBeLessThanOrEqual(notes[0]?.vatBreakdown.length ?? 0);
  expect(notes[0]?.number).toMatch(/^CN-.*-SRV-\d{4}-\d{6}$/);
  const events = (await fetchOrder(server, token, order.id)).events.map((event) => event.type);
  expect(events.filter((type) => type === 'credit_note_issued')).toHaveLength(1);
  expect(events.lastIndexOf('credit_note_issued')).toBeGreaterThan(events.lastIndexOf('invoice_issued'));
}

describeBackends('a refund made before the invoice becomes a credit note right after it', (server) => {
  it('REST issue: full invoice, then the credit note; a second look issues nothing more', async () => {
    const { token, user } = await server.login('admin');
    const order = await paidOrder(server);
    await refundBeforeInvoice(server, token, user, order);
    const issued = await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, { token });
    expect(issued.status).toBe(201);
    await expectInvoiceAndCreditNote(server, token, order);
    const [tagged] = await push(server.trpc(token), [
      buildCommand(user, 'order.add_tags', order.id, { tags: ['checked'] }),
    ]);
    expect(tagged).toMatchObject({ status: 'applied' });
    expect(await orderInvoices(server, token, order.id)).toHaveLength(2);
  });

  it('bulk issue_invoices credits the earlier refund too', async () => {
    const { token, user } = await server.login('admin');
    const order = await paidOrder(server);
    await refundBeforeInvoice(server, token, user, order);
    const bulk = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token,
      json: { action: 'issue_invoices', orderIds: [order.id], params: {} },
    });
    expect(bulk).toMatchObject({ status: 200, body: { succeeded: [order.id], failed: [] } });
    await expectInvoiceAndCreditNote(server, token, order);
  });

  it('an invoice issued on a device (invoice.issue) is followed by the server credit note', async () => {
    const { token, user } = await server.login('admin');
    const device = await registerTestDevice(server, token);
    const order = await paidOrder(server);
    await refundBeforeInvoice(server, token, user, order);
    const current = await fetchOrder(server, token, order.id);
    const [applied] = await push(server.trpc(token), [issueCommand(user, device, current, 1)]);
    expect(applied).toMatchObject({ status: 'applied' });
    await expectInvoiceAndCreditNote(server, token, order);
  });
});
