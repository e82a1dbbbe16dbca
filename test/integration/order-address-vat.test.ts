import { expect, it } from 'vitest';
import { describeBackends } from '../factories/test-server';
import { buildCommand, claimOrder, fetchOrder, push } from '../factories/orders';
import { orderInvoices } from '../factories/invoices';

const zurich = {
  name: 'Anna Meier',
  line1: 'Bahnhofstrasse 1',
  postalCode: '8001',
  city: 'Zürich',
  country: 'CH',
};

describeBackends('changing the address of an unshipped order runs the VAT decision again', (server) => {
  it('DE consumer → CH: the order becomes an export at 0 % VAT, recorded on the timeline', async () => {
    const { token, user } = await server.login('manager');
    const order = await claimOrder(
      server,
      ['pending', 'confirmed', 'processing'],
      (candidate) =>
        candidate.shipments.length === 0 &&
        candidate.vatTreatment === 'domestic' &&
        candidate.totals.vat > 0 &&
        candidate.openExceptionCount === 0,
    );
    expect(await orderInvoices(server, token, order.id)).toHaveLength(0);
    const [outcome] = await push(server.trpc(token), [
      buildCommand(user, 'order.update', order.id, { shippingAddress: zurich, billingAddress: zurich }),
    ]);
    expect(outcome).toMatchObject({ status: 'applied' });
    const after = await fetchOrder(server, token, order.id);
    expect(after.vatTreatment).toBe('export');
    expect(after.items.every((item) => item.product.vatRate === 0)).toBe(true);
    expect(after.totals.vat).toBe(0);
    expect(after.totals.net).toBe(order.totals.net);
    expect(after.events.at(-1)?.message).toContain('domestic → export');
  });
});
