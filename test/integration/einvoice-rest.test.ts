import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ciiGuidelines } from '../../shared/einvoice/build-cii-xml';
import { invoiceSchema, type Invoice } from '../../shared/schemas/invoice';
import { orderSchema } from '../../shared/schemas/order';
import { businessRuleFailures, writeXmlFiles, xsdErrors } from '../factories/einvoice-validation';
import { claimInvoiceableOrder } from '../factories/invoices';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';

async function download(server: TestServer, token: string, path: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

async function issue(server: TestServer, token: string, orderId: string): Promise<Invoice> {
  const response = await server.api('POST', `/api/v1/admin/orders/${orderId}/invoices`, { token });
  expect(response.status).toBe(201);
  return invoiceSchema.parse(response.body);
}

describeBackends('e-invoices over REST (CII XML, XRechnung, Factur-X PDF)', (server) => {
  it('serves the EN 16931 CII XML, and XRechnung once the order has a buyer reference (PATCH)', async () => {
    const { token } = await server.login('manager');
    const plain = await claimInvoiceableOrder(server, (o) => o.vatTreatment === 'domestic');
    const publicBuyer = await claimInvoiceableOrder(server, (o) => o.vatTreatment === 'domestic');
    const patched = await server.api('PATCH', `/api/v1/admin/orders/${publicBuyer.id}`, {
      token,
      json: { buyerReference: '04011000-12345-34' },
    });
    expect(patched.status).toBe(200);
    expect(orderSchema.parse(patched.body).customer.buyerReference).toBe('04011000-12345-34');

    const xmls: Record<string, string> = {};
    for (const order of [plain, publicBuyer]) {
      const invoice = await issue(server, token, order.id);
      const response = await download(server, token, `/api/v1/admin/invoices/${invoice.id}.xml`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/xml/);
      const xml = await response.text();
      expect(xml).toContain(`<ram:ID>${invoice.number}</ram:ID>`);
      xmls[order === plain ? 'plain' : 'xrechnung'] = xml;
    }
    expect(xmls['plain']).toContain(`<ram:ID>${ciiGuidelines.en16931}</ram:ID>`);
    expect(xmls['plain']).not.toContain('<ram:BuyerReference>');
    expect(xmls['xrechnung']).toContain(`<ram:ID>${ciiGuidelines.xrechnung}</ram:ID>`);
    expect(xmls['xrechnung']).toContain('<ram:BuyerReference>04011000-12345-34</ram:BuyerReference>');

    const dir = writeXmlFiles(xmls);
    expect(xsdErrors(dir)).toEqual([]);
    expect(businessRuleFailures(dir).filter((failure) => failure.flag === 'fatal')).toEqual([]);
  }, 120_000);

  it('serves the invoice PDF as Factur-X with factur-x.xml attached', async () => {
    const { token } = await server.login('manager');
    const order = await claimInvoiceableOrder(server, (o) => o.vatTreatment === 'intra_eu_reverse_charge');
    const invoice = await issue(server, token, order.id);
    const response = await download(server, token, `/api/v1/admin/invoices/${invoice.id}.pdf`);
    expect(response.status).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'factur-x-rest-')), 'invoice.pdf');
    writeFileSync(file, new Uint8Array(await response.arrayBuffer()));
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('factur-x.xml');
    expect(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' })).toContain(
      '<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>',
    );
  });

  it('refuses an invalid buyer reference with a structured 400 and changes nothing', async () => {
    const { token } = await server.login('manager');
    const order = await claimInvoiceableOrder(server);
    const response = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
      token,
      json: { buyerReference: 'x'.repeat(101) },
    });
    expect(response.status).toBe(400);
    expect(errorBodyOf(response).code).toBe('BAD_INPUT');
    const after = orderSchema.parse(
      (await server.api('GET', `/api/v1/admin/orders/${order.id}`, { token })).body,
    );
    expect(after.version).toBe(order.version);
    expect(after.customer.buyerReference).toBeUndefined();
  });

  it('documents GET /api/v1/admin/invoices/{id}.xml in OpenAPI', async () => {
    const response = await server.api('GET', '/api/v1/openapi.json');
    const paths = (
      response.body as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
    ).paths;
    expect(paths['/api/v1/admin/invoices/{id}.xml']?.['get']?.responses['200']).toMatchObject({
      content: { 'application/xml': { schema: { type: 'string', format: 'binary' } } },
    });
  });
});
