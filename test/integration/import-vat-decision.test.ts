import { expect, it } from 'vitest';
import type { Address } from '../../shared/schemas/common';
import { displayGtin } from '../../shared/domain/exceptions/gtin';
import { vatRateFor } from '../../shared/domain/vat/eu-vat-rates';
import { describeBackends } from '../factories/test-server';
import { fetchOrder, pullProducts } from '../factories/orders';
import { feedOrder, freshGtin13, importFeed } from '../factories/marketplace-feeds';

function addressIn(country: string, city: string): Address {
  return { name: 'Buyer', line1: 'Street 1', postalCode: '1000', city, country };
}

/** The demo store is German and OSS-registered (its invoice settings), so imports follow VAT.md. */
describeBackends('marketplace import: the VAT decision tree', (server) => {
  it('taxes a German consumer domestically, a French one at French OSS rates and a Swiss one as export', async () => {
    const { token } = await server.login('admin');
    const products = [...(await pullProducts(server.trpc(token))).values()];
    const product = products.find((p) => p.gtin && p.stock.available >= 10);
    if (!product?.gtin) throw new Error('no stocked demo product with a GTIN');
    const items = [
      // The feed claims 0 %: a marketplace rate never overrides the decision for a catalog product.
      { gtin: displayGtin(product.gtin), title: 'Listed', quantity: 1, unitPrice: 1000, vatRate: 0 },
      { gtin: freshGtin13(), title: 'Unknown book', quantity: 1, unitPrice: 2000, vatRate: 7 },
    ];
    const orders = [
      feedOrder(items, { billingAddress: addressIn('DE', 'Köln'), shippingAddress: addressIn('DE', 'Köln') }),
      feedOrder(items, { billingAddress: addressIn('FR', 'Lyon'), shippingAddress: addressIn('FR', 'Lyon') }),
      feedOrder(items, { billingAddress: addressIn('CH', 'Bern'), shippingAddress: addressIn('CH', 'Bern') }),
    ];
    const result = await importFeed(server, token, 'amazon', orders);
    expect(result.created).toBe(3);
    const [de, fr, ch] = await Promise.all(
      result.results.map((entry) => fetchOrder(server, token, entry.orderId ?? '')),
    );
    expect(de?.vatTreatment).toBe('domestic');
    expect(de?.items.map((item) => item.product.vatRate)).toEqual([vatRateFor('DE', product.vatCategory), 7]);
    expect(fr?.vatTreatment).toBe('oss_destination');
    expect(fr?.items.map((item) => item.product.vatRate)).toEqual([
      vatRateFor('FR', product.vatCategory),
      5.5,
    ]);
    expect(ch?.vatTreatment).toBe('export');
    expect(ch?.totals.vat).toBe(0);
  });
});
