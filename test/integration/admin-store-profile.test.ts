import { expect, it } from 'vitest';
import { storeProfileSchema, type StoreProfileInput } from '../../shared/schemas/store-profile';
import { storeInvoiceSettingsSchema } from '../../shared/schemas/invoice-settings';
import { describeBackends, errorBodyOf, type TestServer } from '../factories/test-server';

const profile: StoreProfileInput = {
  name: 'Nordwind Outdoor',
  legalName: 'Nordwind Outdoor Handels GmbH',
  address: {
    name: 'Nordwind Outdoor Handels GmbH',
    line1: 'Elbchaussee 1',
    postalCode: '22763',
    city: 'Hamburg',
    country: 'DE',
  },
  vatId: 'de 987 654 321',
  taxNumber: '22/123/45678',
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  ossRegistered: false,
};

async function storeRows(server: TestServer): Promise<unknown[]> {
  return server.app.db.query('SELECT id, data FROM stores ORDER BY id');
}

describeBackends('admin store profile', (server) => {
  it('reads the demo profile as complete and replaces it; the invoice seller block follows', async () => {
    const { token } = await server.login('admin');
    const before = storeProfileSchema.parse((await server.api('GET', '/api/v1/admin/store', { token })).body);
    expect(before).toMatchObject({ timezone: 'Europe/Berlin', currency: 'EUR', ossRegistered: true });
    expect(before.completedAt).not.toBeNull();
    const settingsBefore = storeInvoiceSettingsSchema.parse(
      (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body,
    );

    const saved = await server.api('PUT', '/api/v1/admin/store', { token, json: profile });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const expected = { ...profile, vatId: 'DE987654321', id: before.id, code: before.code, country: 'DE' };
    expect(storeProfileSchema.parse(saved.body)).toMatchObject(expected);
    expect((await server.api('GET', '/api/v1/admin/store', { token })).body).toMatchObject(expected);

    const settings = storeInvoiceSettingsSchema.parse(
      (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body,
    );
    expect(settings).toMatchObject({
      legalName: profile.legalName,
      address: profile.address,
      vatNumber: 'DE987654321',
      ossRegistered: false,
      invoicePrefix: settingsBefore.invoicePrefix,
      version: settingsBefore.version + 1,
    });
    // devices build invoices offline from the replicated settings, which carry the store
    const pulled = await server
      .trpc(token)
      .sync.pull.query({ collection: 'invoice_settings', checkpoint: null });
    expect(pulled.documents[0]).toMatchObject({ store: { name: profile.name, vatNumber: 'DE987654321' } });
  });

  it('refuses a currency change once the store has orders, and bad input, writing nothing', async () => {
    const { token } = await server.login('admin');
    const rows = await storeRows(server);
    const currency = await server.api('PUT', '/api/v1/admin/store', {
      token,
      json: { ...profile, currency: 'USD' },
    });
    expect(currency.status).toBe(409);
    expect(errorBodyOf(currency).issues?.map((issue) => issue.path)).toEqual(['currency']);
    const bad: [unknown, string][] = [
      [{ ...profile, timezone: 'Mars/Olympus_Mons' }, 'timezone'],
      [{ ...profile, vatId: '123' }, 'vatId'],
      [{ ...profile, currency: 'euro' }, 'currency'],
      [{ ...profile, legalName: '' }, 'legalName'],
      [{ ...profile, address: { ...profile.address, country: 'Germany' } }, 'address.country'],
      [{ ...profile, ossRegistered: 'yes' }, 'ossRegistered'],
      [{ name: 'Only a name' }, 'legalName'],
    ];
    for (const [json, path] of bad) {
      const response = await server.api('PUT', '/api/v1/admin/store', { token, json });
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(errorBodyOf(response).issues?.map((issue) => issue.path)).toContain(path);
    }
    expect(await storeRows(server)).toEqual(rows);
  });

  it('is for admins only', async () => {
    const manager = await server.login('manager');
    expect((await server.api('GET', '/api/v1/admin/store', { token: manager.token })).status).toBe(403);
    const put = await server.api('PUT', '/api/v1/admin/store', { token: manager.token, json: profile });
    expect(put.status).toBe(403);
    expect(errorBodyOf(put).code).toBe('FORBIDDEN');
    expect((await server.api('GET', '/api/v1/admin/store')).status).toBe(401);
  });
});
