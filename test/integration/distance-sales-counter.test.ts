import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';

/** What migration 220's counters must always equal: the year sums over the orders themselves. */
const recountSql = `
  SELECT distance_sale_year(data->>'createdAt', distance_sale_zone(store_id)) AS year,
         SUM(distance_sale_net(data, deleted))::bigint AS net
    FROM docs
   WHERE collection = 'orders' AND distance_sale_net(data, deleted) <> 0
   GROUP BY 1 ORDER BY 1`;

describeBackends('EU distance sales per year, kept by the database on every order write', (server) => {
  let orderIds: string[] = [];
  const db = () => server.app.db;

  async function counters(): Promise<Record<number, number>> {
    const rows = await db().query<{ year: number; net_cents: string | number }>(
      'SELECT year, net_cents FROM distance_sales WHERE net_cents <> 0 ORDER BY year',
    );
    return Object.fromEntries(rows.map((row) => [Number(row.year), Number(row.net_cents)]));
  }
  async function recounted(): Promise<Record<number, number>> {
    const rows = await db().query<{ year: number; net: string | number }>(recountSql);
    return Object.fromEntries(rows.map((row) => [Number(row.year), Number(row.net)]));
  }
  async function setOrder(id: string, patch: Record<string, unknown>): Promise<void> {
    await db().query(`UPDATE docs SET data = data || $2::jsonb WHERE collection = 'orders' AND id = $1`, [
      id,
      JSON.stringify(patch),
    ]);
  }

  beforeAll(async () => {
    await db().query(
      `UPDATE docs SET data = jsonb_set(data, '{vatTreatment}', '"domestic"') WHERE collection = 'orders'`,
    );
    const rows = await db().query<{ id: string }>(
      `SELECT id::text AS id FROM docs WHERE collection = 'orders' ORDER BY id LIMIT 3`,
    );
    orderIds = rows.map((row) => row.id);
  });

  it('counts a distance sale in its store-local year and moves it out when cancelled', async () => {
    const [a, b] = orderIds as [string, string];
    expect(await counters()).toEqual({});
    await setOrder(a, {
      vatTreatment: 'origin_distance_sale',
      status: 'paid',
      createdAt: '2026-12-31T23:30:00.000Z', // 00:30 on 1 January 2027 in Berlin
      totals: { net: 10_000, vat: 1_900, gross: 11_900 },
    });
    await setOrder(b, {
      vatTreatment: 'oss_destination',
      status: 'shipped',
      createdAt: '2026-06-01T10:00:00.000Z',
      totals: { net: 2_500, vat: 500, gross: 3_000 },
    });
    expect(await counters()).toEqual({ 2026: 2_500, 2027: 10_000 });
    await setOrder(a, { status: 'cancelled' });
    expect(await counters()).toEqual({ 2026: 2_500 });
    await setOrder(b, { vatTreatment: 'domestic' });
    expect(await counters()).toEqual({});
  });

  it('leaves drafts out until they are placed, and deleted orders out', async () => {
    const [, , c] = orderIds as [string, string, string];
    await setOrder(c, {
      vatTreatment: 'origin_distance_sale',
      status: 'pending',
      draft: true,
      createdAt: '2026-03-01T10:00:00.000Z',
      totals: { net: 700, vat: 133, gross: 833 },
    });
    expect(await counters()).toEqual({});
    await db().query(`UPDATE docs SET data = data - 'draft' WHERE collection = 'orders' AND id = $1`, [c]);
    expect(await counters()).toEqual({ 2026: 700 });
    await db().query(`UPDATE docs SET deleted = true WHERE collection = 'orders' AND id = $1`, [c]);
    expect(await counters()).toEqual({});
    await db().query(`UPDATE docs SET deleted = false WHERE collection = 'orders' AND id = $1`, [c]);
  });

  it('recounts a store when its time zone changes, and always equals a fresh count over the orders', async () => {
    const [a] = orderIds as [string];
    await setOrder(a, { status: 'paid' }); // back to the sale of 00:30 on 1 January 2027, Berlin time
    expect(await counters()).toEqual(await recounted());
    expect((await counters())[2027]).toBe(10_000);
    await db().query(
      `UPDATE docs SET data = jsonb_set(data, '{timeZone}', '"UTC"') WHERE collection = 'invoice_settings'`,
    );
    expect((await counters())[2026]).toBe(10_000 + 700);
    expect(await counters()).toEqual(await recounted());
    await db().query(
      `UPDATE docs SET data = jsonb_set(data, '{timeZone}', '"Europe/Berlin"') WHERE collection = 'invoice_settings'`,
    );
    expect(await counters()).toEqual({ 2026: 700, 2027: 10_000 });
  });
});
