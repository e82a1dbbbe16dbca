import type { Product } from '../../shared/schemas/product';
import { authenticatedStaffById } from '../auth/staff-auth';
import { docText } from '../db/doc-queries';
import { qb, run, runFirst } from '../db/kysely';
import { importMarketplaceFeed } from '../marketplace/import-feed';
import type { AppContext } from '../services/app-context';
import { withCheckDigit } from './gtin-check-digit';

/** GTIN-13s no demo product has: they open exceptions (one of them on two orders, for bulk resolve). */
const unknownGtins = [
  withCheckDigit('590123412345'),
  withCheckDigit('871234567890'),
  withCheckDigit('761234567890'),
];

const address = (name: string, city: string, postalCode: string, country: string) => ({
  name,
  line1: 'Market Street 5',
  postalCode,
  city,
  country,
});

/**
 * Imports a few marketplace orders through the real import, so the exception queue of a demo store
 * is not empty: unmatched GTINs (one shared by two orders) next to matched catalog items.
 * Idempotent: re-importing the same external ids changes nothing.
 */
export async function seedDemoMarketplaceOrders(app: AppContext): Promise<void> {
  const admin = await runFirst(
    app.db,
    qb.selectFrom('users').select('id').where('email', '=', 'admin@orderdesk.test'),
  );
  const adminId = admin?.id;
  if (!adminId) return;
  const user = await authenticatedStaffById(app.db, adminId);
  const products = await run(
    app.db,
    qb
      .selectFrom('docs')
      .select('data')
      .where('collection', '=', 'products')
      .orderBy(docText('sku'))
      .limit(2),
  );
  // the driver parses jsonb into the document
  const known = products
    .map((row) => (row.data as Product).gtin)
    .filter((gtin): gtin is string => gtin !== undefined);
  const item = (gtin: string, title: string, unitPrice: number) => ({ gtin, title, quantity: 1, unitPrice });
  const [gtinA = '', gtinB = '', gtinC = ''] = unknownGtins;
  const orders = [
    {
      externalId: 'DEMO-AMZ-1001',
      customer: { email: 'lena.berg@example.com', name: 'Lena Berg' },
      billingAddress: address('Lena Berg', 'Hamburg', '20095', 'DE'),
      shippingAddress: address('Lena Berg', 'Hamburg', '20095', 'DE'),
      items: [
        item(gtinA, 'Collapsible silicone cup', 1290),
        ...(known[0] ? [item(known[0], 'Trail Runner Shoe (marketplace title)', 8990)] : []),
      ],
    },
    {
      externalId: 'DEMO-AMZ-1002',
      customer: { email: 'jan.vos@example.com', name: 'Jan Vos' },
      billingAddress: address('Jan Vos', 'Bremen', '28195', 'DE'),
      shippingAddress: address('Jan Vos', 'Bremen', '28195', 'DE'),
      items: [item(gtinA, 'Collapsible silicone cup', 1290)],
    },
    {
      externalId: 'DEMO-EBY-2001',
      customer: { email: 'mia.koch@example.com', name: 'Mia Koch' },
      billingAddress: address('Mia Koch', 'Köln', '50667', 'DE'),
      shippingAddress: address('Mia Koch', 'Köln', '50667', 'DE'),
      items: [
        item(gtinB, 'Ultralight tarp 3x3', 5490),
        item(gtinC, 'Tent peg set (12)', 1490),
        ...(known[1] ? [item(known[1], 'Down jacket', 16999)] : []),
      ],
    },
  ];
  await importMarketplaceFeed(app, user, { marketplace: 'amazon', orders: orders.slice(0, 2) });
  await importMarketplaceFeed(app, user, { marketplace: 'ebay', orders: orders.slice(2) });
}
