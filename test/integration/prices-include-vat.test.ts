import { expect, it } from 'vitest';
import type { Order } from '../../shared/schemas/order';
import { netFromGross } from '../../shared/domain/vat/vat-inclusive-prices';
import { describeBackends } from '../factories/test-server';
import { checkoutBody, productWithStock } from '../factories/storefront';

describeBackends('prices include VAT (invoice settings) in manual orders and checkout', (server) => {
  it('a German consumer order treats the catalog price as gross and converts it to net per line', async () => {
    const { token } = await server.login('admin');
    const settings = (await server.api('GET', '/api/v1/admin/invoice-settings', { token })).body as Record<
      string,
      unknown
    >;
    const { storeId: _s, version: _v, updatedAt: _u, ...editable } = settings;
    const put = await server.api('PUT', '/api/v1/admin/invoice-settings', {
      token,
      json: { ...editable, pricesIncludeVat: true },
    });
    expect(put.status).toBe(200);
    try {
      const product = await productWithStock(server, 5);
      const { payment: _payment, ...body } = await checkoutBody(server, product);
      const response = await server.api('POST', '/api/v1/admin/orders', { token, json: body });
      expect(response.status).toBe(201);
      const order = response.body as Order;
      expect(order.vatTreatment).toBe('domestic');
      const [line] = order.items;
      expect(line?.product.vatRate).toBe(19);
      expect(line?.lineNet).toBe(netFromGross(product.priceNet * (line?.quantity ?? 0), 19));
      // The consumer pays the catalog price (1 cent off only where no whole-cent net reaches it).
      expect(Math.abs((line?.lineGross ?? 0) - product.priceNet * (line?.quantity ?? 0))).toBeLessThanOrEqual(
        1,
      );
    } finally {
      await server.api('PUT', '/api/v1/admin/invoice-settings', { token, json: editable });
    }
  });
});
