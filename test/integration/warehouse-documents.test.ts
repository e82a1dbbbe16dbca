import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { remainingToShip } from '../../shared/domain/order/fulfillment';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';
import { claimOrder, fetchOrder } from '../factories/orders';

/** Fetches a PDF route and returns its text (pdftotext -layout), asserting a 200 PDF answer. */
async function pdfText(
  server: TestServer,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  json?: unknown,
): Promise<string> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const file = join(mkdtempSync(join(tmpdir(), 'warehouse-pdf-')), 'document.pdf');
  writeFileSync(file, bytes);
  if (process.env.KEEP_WAREHOUSE_PDF)
    writeFileSync(`${process.env.KEEP_WAREHOUSE_PDF}-${path.split('/').at(-1) ?? 'doc'}`, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describeBackends('warehouse documents over REST (packing slip, pick list)', (server) => {
  it('prints a packing slip with number, ship-to, notes, items and quantities but no prices', async () => {
    const { token } = await server.login('manager');
    const order = await claimOrder(server, ['confirmed', 'processing'], (o) =>
      o.items.every((item) => item.product.sku),
    );
    const patched = await server.api('PATCH', `/api/v1/admin/orders/${order.id}`, {
      token,
      json: { notes: 'Fragile! Wrap the lantern twice.' },
    });
    expect(patched.status).toBe(200);
    const { token: viewer } = await server.login('viewer');
    const text = await pdfText(server, viewer, 'GET', `/api/v1/admin/orders/${order.id}/packing-slip.pdf`);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Packing slip');
    expect(flat).toContain(`Order #${order.number}`);
    expect(flat).toContain('Fragile! Wrap the lantern twice.');
    expect(flat).toContain(order.shippingAddress.city);
    for (const item of order.items) {
      expect(flat).toContain(item.product.name);
      expect(text).toMatch(
        new RegExp(`${item.product.sku ?? ''}\\s.*\\s${item.quantity - item.quantityCancelled}\\s*$`, 'm'),
      );
    }
    expect(flat).not.toMatch(/EUR|€|\d+\.\d{2}\b/);
  });

  it('answers 401 without a token and 404 for an unknown order', async () => {
    const anonymous = await server.api('GET', `/api/v1/admin/orders/${newId()}/packing-slip.pdf`);
    expect(anonymous.status).toBe(401);
    const { token } = await server.login('viewer');
    const missing = await server.api('GET', `/api/v1/admin/orders/${newId()}/packing-slip.pdf`, { token });
    expect(missing.status).toBe(404);
    expect(errorBodyOf(missing).code).toBe('NOT_FOUND');
  });

  it('sums each SKU over the chosen orders and sorts the lines by shelf location', async () => {
    const { token } = await server.login('viewer');
    const first = await claimOrder(server, ['confirmed', 'processing'], (o) =>
      o.items.every((item) => item.product.sku),
    );
    const second = await claimOrder(server, ['confirmed', 'processing', 'partially_shipped'], (o) =>
      o.items.every((item) => item.product.sku),
    );
    const text = await pdfText(server, token, 'POST', '/api/v1/admin/pick-lists', {
      orderIds: [first.id, second.id],
    });
    expect(text).toContain(`#${first.number}`);
    expect(text).toContain(`#${second.number}`);
    const expected = new Map<string, number>();
    for (const order of [
      await fetchOrder(server, token, first.id),
      await fetchOrder(server, token, second.id),
    ])
      for (const item of order.items) {
        const sku = item.product.sku ?? '';
        expected.set(sku, (expected.get(sku) ?? 0) + remainingToShip(item));
      }
    const rows = text.split('\n').flatMap((line) => {
      const match = /^\s*((?:[A-D]-\d{2}-\d)|—)\s+(NW-\d{4})\s.*?\s(\d+)\s+#/.exec(line);
      return match ? [{ location: match[1] ?? '', sku: match[2] ?? '', quantity: Number(match[3]) }] : [];
    });
    expect(new Map(rows.map((row) => [row.sku, row.quantity]))).toEqual(
      new Map([...expected].filter(([, quantity]) => quantity > 0)),
    );
    const located = rows.filter((row) => row.location !== '—').map((row) => row.location);
    expect(located).toEqual([...located].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(rows.findIndex((row) => row.location === '—')).not.toBeLessThan(
      located.length === rows.length ? -1 : located.length,
    );
  });

  it('makes a pick list for the orders matching the list filters', async () => {
    const { token } = await server.login('viewer');
    const order = await claimOrder(server, 'confirmed');
    const text = await pdfText(server, token, 'POST', '/api/v1/admin/pick-lists', {
      filter: { status: 'confirmed', q: order.number },
    });
    expect(text).toContain(`#${order.number}`);
    expect(text).toContain('Pick list');
  });

  it('refuses a malformed request (400) or unknown orders (404) with a structured error', async () => {
    const { token } = await server.login('viewer');
    for (const json of [{}, { orderIds: [] }, { orderIds: ['nope'] }, { orderIds: [newId()], filter: {} }]) {
      const response = await server.api('POST', '/api/v1/admin/pick-lists', { token, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(errorBodyOf(response).code).toBe('BAD_INPUT');
    }
    const unknown = newId();
    const missing = await server.api('POST', '/api/v1/admin/pick-lists', {
      token,
      json: { orderIds: [unknown] },
    });
    expect(missing.status).toBe(404);
    expect(errorBodyOf(missing).message).toContain(unknown);
  });
});
