import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { invoiceSchema } from '../../shared/schemas/invoice';
import type { Order } from '../../shared/schemas/order';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';
import { buildCommand, fetchOrder, push } from '../factories/orders';
import { claimInvoiceableOrder, orderInvoices } from '../factories/invoices';
import { newId } from '../../shared/ids';

async function pdfText(server: TestServer, token: string, invoiceId: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/admin/invoices/${invoiceId}.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const dir = mkdtempSync(join(tmpdir(), 'invoice-pdf-'));
  writeFileSync(join(dir, 'invoice.pdf'), bytes);
  if (process.env.KEEP_INVOICE_PDF) writeFileSync(process.env.KEEP_INVOICE_PDF + `-${invoiceId}.pdf`, bytes);
  return execFileSync('pdftotext', ['-layout', join(dir, 'invoice.pdf'), '-'], { encoding: 'utf8' });
}

function euros(cents: number): string {
  return (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function expectArt226(text: string, invoice: ReturnType<typeof invoiceSchema.parse>, order: Order): void {
  const flat = text.replace(/\s+/g, ' ');
  const has = (fragment: string): void => expect(flat, fragment).toContain(fragment.replace(/\s+/g, ' '));
  has(invoice.issueDate); // 1. date of issue
  has(invoice.number); // 2. sequential number
  has('DE136695976'); // 3. supplier VAT number
  has(invoice.seller.legalName); // 5. supplier name and address
  has(invoice.seller.address.line1);
  has(invoice.seller.address.city);
  has(order.billingAddress.name); // 5. customer name and address
  has(order.billingAddress.line1);
  has(order.billingAddress.city);
  for (const line of invoice.lines) has(line.description.slice(0, 20)); // 6. nature of the goods
  for (const row of invoice.vatBreakdown) has(euros(row.net)); // 8. taxable amount per rate
  has(euros(invoice.totals.vat)); // 10. VAT payable
  has(euros(invoice.totals.gross));
  for (const mention of invoice.legalMentions) has(mention); // 4, 7, 11, 11a
  expect(flat).toMatch(/Page 1 of \d/);
}

describeBackends('invoices over REST (issue, list, PDF, immutability)', (server) => {
  it('issues once (201), refuses a second invoice (409) and lists the order invoices', async () => {
    const { token } = await server.login('manager');
    const order = await claimInvoiceableOrder(server);
    const first = await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, { token });
    expect(first.status).toBe(201);
    const invoice = invoiceSchema.parse(first.body);
    expect(invoice.number).toMatch(/^INV-NWO-SRV-\d{4}-\d{6}$/);
    const second = await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, { token });
    expect(second.status).toBe(409);
    expect(errorBodyOf(second)).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'already_invoiced', number: invoice.number },
    });
    expect((await orderInvoices(server, token, order.id)).map((i) => i.id)).toEqual([invoice.id]);
    expect((await server.api('GET', `/api/v1/admin/invoices/${invoice.id}`, { token })).body).toMatchObject({
      id: invoice.id,
      number: invoice.number,
    });
  });

  it('refuses every change to an issued invoice with a structured 409', async () => {
    const { token } = await server.login('admin');
    const order = await claimInvoiceableOrder(server);
    const invoice = invoiceSchema.parse(
      (await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, { token })).body,
    );
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await server.api(method, `/api/v1/admin/invoices/${invoice.id}`, {
        token,
        json: { number: 'X' },
      });
      expect(response.status).toBe(409);
      expect(errorBodyOf(response)).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'invoice_immutable' },
      });
    }
    expect((await server.api('GET', `/api/v1/admin/invoices/${invoice.id}`, { token })).body).toEqual(
      invoice,
    );
  });

  it('renders every Art. 226 mention for a reverse-charge order and a domestic order', async () => {
    const { token } = await server.login('manager');
    const reverse = await claimInvoiceableOrder(server, (o) => o.vatTreatment === 'intra_eu_reverse_charge');
    const domestic = await claimInvoiceableOrder(
      server,
      (o) => o.vatTreatment === 'domestic' && o.billingAddress.country === 'DE',
    );
    for (const order of [reverse, domestic]) {
      const invoice = invoiceSchema.parse(
        (await server.api('POST', `/api/v1/admin/orders/${order.id}/invoices`, { token })).body,
      );
      const text = await pdfText(server, token, invoice.id);
      expectArt226(text, invoice, order);
      if (order === reverse) {
        expect(text).toContain('Reverse charge');
        expect(text.replace(/\s+/g, ' ')).toContain('Art. 138 Directive 2006/112/EC');
        expect(invoice.buyer.vatNumber).toBeTruthy();
        expect(text).toContain(invoice.buyer.vatNumber ?? '');
      } else {
        expect(invoice.vatBreakdown.some((row) => row.rate === 19 || row.rate === 7)).toBe(true);
        expect(text).toMatch(/19 ?%|7 ?%/);
      }
    }
  });

  it('issues automatically per the store trigger (on shipment) once, and a credit note for a refund', async () => {
    const { token, user } = await server.login('admin');
    const settings = (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body as Record<
      string,
      unknown
    >;
    const { storeId: _s, version: _v, updatedAt: _u, ...editable } = settings;
    const put = await server.api('PUT', '/api/v1/admin/invoice-settings', {
      token,
      json: { ...editable, autoInvoiceTrigger: 'on_shipment' },
    });
    expect(put.status).toBe(200);
    try {
      const order = await claimInvoiceableOrder(
        server,
        (o) =>
          o.status === 'processing' && o.paymentStatus === 'paid' && o.fulfillmentStatus === 'unfulfilled',
      );
      const items = order.items
        .map((item) => ({
          orderItemId: item.id,
          quantity: item.quantity - item.quantityShipped - item.quantityCancelled,
        }))
        .filter((l) => l.quantity > 0);
      const [shipped] = await push(server.trpc(token), [
        buildCommand(user, 'order.create_shipment', order.id, {
          shipmentId: newId(),
          carrier: 'DHL',
          trackingNumber: 'T-1',
          items,
        }),
      ]);
      expect(shipped).toMatchObject({ status: 'applied' });
      const invoices = await orderInvoices(server, token, order.id);
      expect(invoices).toHaveLength(1);
      expect(invoices[0]?.number).toMatch(/-SRV-/);
      const [tagged] = await push(server.trpc(token), [
        buildCommand(user, 'order.add_tags', order.id, { tags: ['after-invoice'] }),
      ]);
      expect(tagged).toMatchObject({ status: 'applied' });
      expect(await orderInvoices(server, token, order.id)).toHaveLength(1);
      const first = order.items[0];
      if (!first) throw new Error('order without items');
      const [refunded] = await push(server.trpc(token), [
        buildCommand(user, 'order.refund', order.id, {
          refundId: newId(),
          items: [{ orderItemId: first.id, quantity: 1 }],
          reason: 'Damaged',
        }),
      ]);
      expect(refunded).toMatchObject({ status: 'applied' });
      const after = await orderInvoices(server, token, order.id);
      const note = after.find((doc) => doc.kind === 'credit_note');
      expect(note).toMatchObject({
        correctsInvoiceId: invoices[0]?.id,
        correctsInvoiceNumber: invoices[0]?.number,
        reason: 'Damaged',
      });
      expect(note?.number).toMatch(/^CN-NWO-SRV-\d{4}-\d{6}$/);
      expect(
        (await fetchOrder(server, token, order.id)).events.some((e) => e.type === 'credit_note_issued'),
      ).toBe(true);
    } finally {
      await server.api('PUT', '/api/v1/admin/invoice-settings', { token, json: editable });
    }
  });

  it('keeps invoice settings admin-only and validated', async () => {
    const manager = await server.login('manager');
    expect((await server.api('GET', '/api/v1/admin/invoice-settings', { token: manager.token })).status).toBe(
      403,
    );
    const { token } = await server.login('admin');
    const got = await server.api('GET', '/api/v1/admin/invoice-settings', { token });
    expect(got.body).toMatchObject({
      vatNumber: 'DE136695976',
      invoicePrefix: 'INV',
      autoInvoiceTrigger: 'manual',
    });
    const bad = await server.api('PUT', '/api/v1/admin/invoice-settings', { token, json: { legalName: '' } });
    expect(bad.status).toBe(400);
  });
});
