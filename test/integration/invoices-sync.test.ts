import { expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';
import { buildCommand, fetchOrder, push } from '../factories/orders';
import {
  claimInvoiceableOrder,
  invoiceSeries,
  issueCommand,
  orderInvoices,
  registerTestDevice,
} from '../factories/invoices';

describeBackends('invoices issued offline (invoice.issue)', (server) => {
  it('two devices issuing offline, interleaved, re-sent and replayed: every number accepted once, no duplicate, no gap', async () => {
    const { token, user } = await server.login('manager');
    const admin = await server.login('admin');
    const client = server.trpc(token);
    const [a, b] = [await registerTestDevice(server, token), await registerTestDevice(server, token)];
    expect(a.code).not.toBe(b.code);
    const orders = [];
    for (let i = 0; i < 6; i += 1) orders.push(await claimInvoiceableOrder(server));
    const [o1, o2, o3, o4, o5, o6] = orders as [
      (typeof orders)[number],
      (typeof orders)[number],
      (typeof orders)[number],
      (typeof orders)[number],
      (typeof orders)[number],
      (typeof orders)[number],
    ];
    const a1 = issueCommand(user, a, o1, 1);
    const b1 = issueCommand(user, b, o2, 1);
    const a2 = issueCommand(user, a, o3, 2);
    const b2 = issueCommand(user, b, o4, 2);
    const a3 = issueCommand(user, a, o5, 3);
    const b3 = issueCommand(user, b, o6, 3);
    const first = await push(client, [a1, b1, a2]);
    const second = await push(client, [b2, a2, a3, b3, b3]);
    const replay = await push(client, [a1, b1, a2]);
    for (const outcome of [...first, ...second]) expect(outcome).toMatchObject({ status: 'applied' });
    expect(replay).toEqual(first);
    expect(second[1]).toEqual(first[2]);
    const numbers = [];
    for (const [order, command] of [
      [o1, a1],
      [o2, b1],
      [o3, a2],
      [o4, b2],
      [o5, a3],
      [o6, b3],
    ] as const) {
      const invoices = await orderInvoices(server, token, order.id);
      expect(invoices).toHaveLength(1);
      expect(invoices[0]?.number).toBe((command.payload as { number: string }).number);
      numbers.push(invoices[0]?.number);
    }
    expect(new Set(numbers).size).toBe(6);
    const series = await invoiceSeries(server, admin.token);
    for (const device of [a, b])
      expect(series.find((s) => s.series === device.series)).toEqual({
        series: device.series,
        lastSequence: 3,
        gaps: [],
      });
  });

  it('rejects a forged command reusing a taken number loudly (409 CONFLICT) and writes nothing', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const [first, second] = [await claimInvoiceableOrder(server), await claimInvoiceableOrder(server)];
    const [ok] = await push(server.trpc(token), [issueCommand(user, device, first, 1)]);
    expect(ok).toMatchObject({ status: 'applied' });
    const [forged] = await push(server.trpc(token), [issueCommand(user, device, second, 1)]);
    expect(forged).toMatchObject({
      status: 'rejected',
      error: { code: 'CONFLICT', details: { reason: 'duplicate_invoice_number', expectedNext: 2 } },
    });
    expect(await orderInvoices(server, token, second.id)).toEqual([]);
  });

  it('accepts a number after a gap (the invoice exists on paper) and records the gap on the series and the order', async () => {
    const admin = await server.login('admin');
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const [first, second] = [await claimInvoiceableOrder(server), await claimInvoiceableOrder(server)];
    const outcomes = await push(server.trpc(token), [
      issueCommand(user, device, first, 1),
      issueCommand(user, device, second, 3),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied']);
    expect((await invoiceSeries(server, admin.token)).find((s) => s.series === device.series)).toMatchObject({
      lastSequence: 3,
      gaps: [{ from: 2, to: 2 }],
    });
    const order = await fetchOrder(server, token, second.id);
    expect(order.events.some((event) => event.type === 'invoice_series_gap')).toBe(true);
  });

  it('checks numbers within one push against the invoices it issued before them; the series row ends at the last kept one', async () => {
    const admin = await server.login('admin');
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const orders = [await claimInvoiceableOrder(server), await claimInvoiceableOrder(server)];
    const [o1, o2] = orders as [(typeof orders)[number], (typeof orders)[number]];
    const o3 = await claimInvoiceableOrder(server);
    const outcomes = await push(server.trpc(token), [
      issueCommand(user, device, o1, 1),
      issueCommand(user, device, o2, 1), // the number the first command took a moment ago
      issueCommand(user, device, o1, 2), // refused (order already invoiced): sequence 2 stays free
      issueCommand(user, device, o3, 2),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'rejected', 'rejected', 'applied']);
    expect(outcomes[1]).toMatchObject({
      error: { code: 'CONFLICT', details: { reason: 'duplicate_invoice_number', expectedNext: 2 } },
    });
    expect((await invoiceSeries(server, admin.token)).find((s) => s.series === device.series)).toMatchObject({
      lastSequence: 2,
      gaps: [],
    });
    expect(await orderInvoices(server, token, o2.id)).toEqual([]);
  });

  it('never invoices an order twice, refuses open exceptions (422) and a number from another series', async () => {
    const { token, user } = await server.login('manager');
    const [a, b] = [await registerTestDevice(server, token), await registerTestDevice(server, token)];
    const order = await claimInvoiceableOrder(server);
    const [ok, twice] = await push(server.trpc(token), [
      issueCommand(user, a, order, 1),
      issueCommand(user, b, order, 1),
    ]);
    expect(ok).toMatchObject({ status: 'applied' });
    expect(twice).toMatchObject({
      status: 'rejected',
      error: { code: 'CONFLICT', details: { reason: 'already_invoiced' } },
    });
    const withExceptions = (await server.api('GET', '/api/v1/admin/orders?limit=500', { token })).body as {
      items: { id: string; openExceptionCount: number; status: string; version: number }[];
    };
    const blocked = withExceptions.items.find((o) => o.openExceptionCount > 0 && o.status !== 'cancelled');
    if (blocked) {
      const [refused] = await push(server.trpc(token), [
        issueCommand(user, b, await fetchOrder(server, token, blocked.id), 1),
      ]);
      expect(refused).toMatchObject({
        status: 'rejected',
        error: { code: 'BUSINESS_RULE', details: { reason: 'open_exceptions' } },
      });
    }
    const other = await claimInvoiceableOrder(server);
    const [foreign] = await push(server.trpc(token), [
      issueCommand(user, a, other, 2, { deviceId: b.deviceId }),
    ]);
    expect(foreign).toMatchObject({
      status: 'rejected',
      error: { code: 'BAD_INPUT', details: { reason: 'wrong_series' } },
    });
  });

  it('keeps an invoice issued on a stale order and surfaces the conflict on the order timeline', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const order = await claimInvoiceableOrder(server);
    const client = server.trpc(token);
    await push(client, [buildCommand(user, 'order.add_tags', order.id, { tags: ['changed-meanwhile'] })]);
    const [outcome] = await push(client, [
      issueCommand(user, device, order, 1, { expectedVersion: order.version }),
    ]);
    expect(outcome).toMatchObject({ status: 'applied' });
    const after = await fetchOrder(server, token, order.id);
    expect(after.events.find((event) => event.type === 'invoice_conflict')?.message).toContain(
      'The invoice stands',
    );
    expect(await orderInvoices(server, token, order.id)).toHaveLength(1);
  });

  it('rejects any other command aimed at an invoice: invoices are immutable', async () => {
    const { token, user } = await server.login('manager');
    const device = await registerTestDevice(server, token);
    const order = await claimInvoiceableOrder(server);
    const issue = issueCommand(user, device, order, 1);
    await push(server.trpc(token), [issue]);
    const [changed] = await push(server.trpc(token), [
      buildCommand(user, 'invoice.update', issue.targetId, { notes: 'x' }),
    ]);
    expect(changed).toMatchObject({
      status: 'rejected',
      error: { code: 'CONFLICT', details: { reason: 'invoice_immutable' } },
    });
    const reissue = {
      ...issueCommand(user, device, order, 2),
      targetId: issue.targetId,
      payload: { ...(issue.payload as object), sequence: 2 },
    };
    const [again] = await push(server.trpc(token), [reissue]);
    expect(again).toMatchObject({ status: 'rejected', error: { code: 'CONFLICT' } });
  });
});
