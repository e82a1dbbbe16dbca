import { expect, it } from 'vitest';
import { invoiceSettingsResponseSchema } from '../../shared/schemas/invoice-settings';
import { describeBackends } from '../factories/test-server';

describeBackends(
  'GET invoice-settings reports the OSS threshold position of this calendar year',
  (server) => {
    /** Makes one order this year's only EU distance sale, with `netCents` net. */
    async function distanceSalesThisYear(netCents: number): Promise<void> {
      await server.app.db.query(
        `UPDATE docs SET data = jsonb_set(data, '{vatTreatment}', '"domestic"') WHERE collection = 'orders'`,
      );
      await server.app.db.query(
        `UPDATE docs SET data = jsonb_set(jsonb_set(jsonb_set(data,
          '{vatTreatment}', '"origin_distance_sale"'), '{totals,net}', to_jsonb($1::bigint)), '{createdAt}', to_jsonb($2::text))
        WHERE collection = 'orders' AND id = (SELECT id FROM docs WHERE collection = 'orders' AND data->>'status' <> 'cancelled' ORDER BY id LIMIT 1)`,
        [netCents, new Date().toISOString()],
      );
    }

    it('states below, warning from 80 % and crossed over EUR 10,000 (manual flag off)', async () => {
      const { token } = await server.login('admin');
      const current = invoiceSettingsResponseSchema.parse(
        (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body,
      );
      const { storeId: _s, version: _v, updatedAt: _u, distanceSales: _d, ...editable } = current;
      const put = await server.api('PUT', '/api/v1/admin/invoice-settings', {
        token,
        json: { ...editable, ossRegistered: false, distanceSalesThresholdExceeded: false },
      });
      expect(put.status).toBe(200);
      const status = async (): Promise<unknown> =>
        invoiceSettingsResponseSchema.parse(
          (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body,
        ).distanceSales;
      const year = Number(new Date().toISOString().slice(0, 4));

      await distanceSalesThisYear(500_000);
      expect(await status()).toMatchObject({ netCents: 500_000, thresholdCents: 1_000_000, state: 'below' });
      await distanceSalesThisYear(800_000);
      expect(await status()).toMatchObject({ netCents: 800_000, state: 'warning' });
      await distanceSalesThisYear(1_000_001);
      expect(await status()).toMatchObject({ netCents: 1_000_001, state: 'crossed' });
      expect(((await status()) as { year: number }).year).toBeGreaterThanOrEqual(year - 1);
    });
  },
);
