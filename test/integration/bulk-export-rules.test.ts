import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describeBackends, errorBodyOf } from '../factories/test-server';
import { claimOrder, fetchOrder, listAllOrders } from '../factories/orders';

describeBackends('bulk actions, export and automation rules', (server) => {
  it('runs a bulk tag over many orders and lists per-order failures', async () => {
    const { token } = await server.login('manager');
    const orders = (await listAllOrders(server, token, { status: 'confirmed' })).slice(0, 5);
    const unknown = '0190a000-0000-7000-8000-0000000dead1';
    const response = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token,
      json: {
        action: 'add_tag',
        orderIds: [...orders.map((o) => o.id), unknown],
        params: { tag: 'bulk-it' },
      },
    });
    expect(response.status).toBe(200);
    const body = response.body as { succeeded: string[]; failed: { id: string; code: string }[] };
    expect(body.succeeded).toHaveLength(orders.length);
    expect(body.failed).toEqual([expect.objectContaining({ id: unknown, code: 'NOT_FOUND' })]);
    for (const order of orders) expect((await fetchOrder(server, token, order.id)).tags).toContain('bulk-it');
  });

  it('reports state-machine failures without stopping the rest, and checks the action permission', async () => {
    const { token } = await server.login('manager');
    const shipped = await claimOrder(server, 'completed');
    const confirmed = await claimOrder(server, 'confirmed');
    const response = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token,
      json: { action: 'set_status', orderIds: [shipped.id, confirmed.id], params: { status: 'processing' } },
    });
    const body = response.body as { succeeded: string[]; failed: { id: string; code: string }[] };
    expect(body.succeeded).toEqual([confirmed.id]);
    expect(body.failed).toEqual([expect.objectContaining({ id: shipped.id, code: 'INVALID_TRANSITION' })]);
    const packer = await server.login('packer');
    const denied = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token: packer.token,
      json: { action: 'cancel', orderIds: [confirmed.id], params: { reason: 'x' } },
    });
    expect(denied.status).toBe(403);
    const bad = await server.api('POST', '/api/v1/admin/orders/bulk', {
      token,
      json: { action: 'set_status', orderIds: [confirmed.id], params: { status: 'nope' } },
    });
    expect(bad.status).toBe(400);
    expect(errorBodyOf(bad).issues?.[0]?.path).toContain('status');
  });

  it('exports the filtered orders as CSV and order lines as XLSX that parse back', async () => {
    const { token } = await server.login('viewer');
    const expected = await listAllOrders(server, token, { status: 'shipped' });
    const csv = await fetch(
      `${server.url}/api/v1/admin/orders/export?format=csv&status=shipped&columns=number,createdAt,customerName,gross`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(
      /attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes), { bom: true });
    expect(rows[0]).toEqual(['Order number', 'Created', 'Customer', 'Gross']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(expected.map((o) => o.number).sort());
    const first = expected.find((o) => o.number === rows[1]?.[0]);
    expect(rows[1]?.[1]).toBe(first?.createdAt);
    expect(Number(rows[1]?.[3])).toBeCloseTo((first?.totals.gross ?? 0) / 100, 2);

    const xlsx = await fetch(
      `${server.url}/api/v1/admin/orders/export?format=xlsx&lines=true&status=shipped`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.getWorksheet('Order lines');
    expect(sheet?.rowCount).toBe(1 + expected.reduce((sum, o) => sum + o.items.length, 0));
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.Date);

    const excelDe = await fetch(
      `${server.url}/api/v1/admin/orders/export?format=csv&dialect=excel-de&status=shipped&columns=number,gross`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const germanRows: string[][] = parse(await excelDe.text(), { bom: true, delimiter: ';' });
    const germanFirst = expected.find((o) => o.number === germanRows[1]?.[0]);
    expect(germanRows[1]?.[1]).toBe(((germanFirst?.totals.gross ?? 0) / 100).toFixed(2).replace('.', ','));

    const unknown = await server.api('GET', '/api/v1/admin/orders/export?columns=number,secret', { token });
    expect(unknown.status).toBe(400);
    const badDialect = await server.api('GET', '/api/v1/admin/orders/export?dialect=excel-fr', { token });
    expect(badDialect.status).toBe(400);
  });

  it('fires an automation rule once per order and trigger, as a recorded run', async () => {
    const admin = await server.login('admin');
    const rule = await server.api('POST', '/api/v1/admin/automation-rules', {
      token: admin.token,
      json: {
        name: 'Tag cancelled',
        trigger: 'order_cancelled',
        conditions: { match: 'all', items: [] },
        actions: [{ type: 'add_tag', tag: 'auto-cancelled' }],
        enabled: true,
        priority: 1,
      },
    });
    expect(rule.status).toBe(201);
    const ruleId = (rule.body as { id: string }).id;
    const viewerDenied = await server.api('GET', '/api/v1/admin/automation-rules', {
      token: (await server.login('viewer')).token,
    });
    expect(viewerDenied.status).toBe(403);
    const order = await claimOrder(server, 'confirmed');
    const cancel = await server.api('POST', `/api/v1/admin/orders/${order.id}/cancel`, {
      token: admin.token,
      json: { reason: 'Customer request' },
    });
    expect(cancel.status).toBe(200);
    const after = await fetchOrder(server, admin.token, order.id);
    expect(after.tags).toContain('auto-cancelled');
    expect(after.events.at(-1)?.userName).toBe('Automation');
    const runs = await server.api('GET', `/api/v1/admin/automation-rules/runs?orderId=${order.id}`, {
      token: admin.token,
    });
    expect((runs.body as { items: { ruleId: string; trigger: string }[] }).items).toEqual([
      expect.objectContaining({ ruleId, trigger: 'order_cancelled' }),
    ]);
    const rows = await server.app.db.query('SELECT key FROM automation_rule_runs WHERE order_id = $1', [
      order.id,
    ]);
    expect(rows).toHaveLength(1);

    const update = await server.api('PUT', `/api/v1/admin/automation-rules/${ruleId}`, {
      token: admin.token,
      json: {
        name: 'Tag cancelled',
        trigger: 'order_cancelled',
        conditions: { match: 'all', items: [] },
        actions: [{ type: 'add_tag', tag: 'auto-cancelled' }],
        enabled: false,
        priority: 1,
      },
    });
    expect(update.status).toBe(200);
    const removed = await server.api('DELETE', `/api/v1/admin/automation-rules/${ruleId}`, {
      token: admin.token,
    });
    expect(removed.status).toBe(204);
    const list = await server.api('GET', '/api/v1/admin/automation-rules', { token: admin.token });
    expect((list.body as { items: unknown[] }).items).toHaveLength(0);
  });
});
