import type { CheckoutInput } from '../../shared/schemas/storefront';
import type { Product } from '../../shared/schemas/product';
import type { ShippingMethod } from '../../shared/schemas/shipping-method';
import type { Store } from '../../shared/schemas/store';
import { DomainError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { isEuCountry } from '../../shared/domain/vat/is-eu-country';
import { priceCheckout, type CheckoutPricing } from '../../shared/domain/checkout/price-checkout';
import { getDoc } from '../db/doc-store';
import type { Queryable } from '../db/sql-client';
import type { OssFlags } from './storefront-store';

export interface CheckoutQuote extends CheckoutPricing {
  method: ShippingMethod;
  lines: { productId: string; quantity: number }[];
}

async function loadProduct(
  db: Queryable,
  storeId: string,
  productId: string,
  index: number,
): Promise<Product> {
  const stored = await getDoc<Product>(db, 'products', productId, { storeId });
  if (!stored || stored.deleted) {
    throw new DomainError('NOT_FOUND', `Product ${productId} not found`, {
      issues: [{ path: `items.${index}.productId`, message: 'Unknown product' }],
    });
  }
  return stored.data;
}

/** The active shipping method of the store that serves `country`, or a structured 4xx. */
export async function loadShippingMethod(
  db: Queryable,
  storeId: string,
  methodId: string,
  country: string,
): Promise<ShippingMethod> {
  const stored = await getDoc<ShippingMethod>(db, 'shipping_methods', methodId, { storeId });
  if (!stored || stored.deleted || !stored.data.active) {
    throw new DomainError('NOT_FOUND', `Shipping method ${methodId} not found`, {
      issues: [{ path: 'shippingMethodId', message: 'Unknown or inactive shipping method' }],
    });
  }
  if (!stored.data.countries.includes(country)) {
    throw new DomainError('BUSINESS_RULE', `${stored.data.name} does not ship to ${country}`, {
      issues: [{ path: 'shippingAddress.country', message: 'Not served by this shipping method' }],
    });
  }
  return stored.data;
}

/** Merges repeated products so stock is checked on the whole quantity. */
function mergeLines(items: CheckoutInput['items']): { productId: string; quantity: number; index: number }[] {
  const merged = new Map<string, { productId: string; quantity: number; index: number }>();
  items.forEach((item, index) => {
    const line = merged.get(item.productId);
    if (line) line.quantity += item.quantity;
    else merged.set(item.productId, { ...item, index });
  });
  return [...merged.values()];
}

/**
 * Prices a checkout from the catalog and the chosen method (read-only): unknown products or
 * methods are 404, an unserved country, too little stock or too heavy a cart 422.
 */
export async function quoteCheckout(
  db: Queryable,
  store: Store,
  input: CheckoutInput,
  oss: OssFlags,
): Promise<CheckoutQuote> {
  if (!isEuCountry(store.country))
    throw new DomainError('BUSINESS_RULE', 'The store is not established in the EU; checkout is unavailable');
  const method = await loadShippingMethod(
    db,
    store.id,
    input.shippingMethodId,
    input.shippingAddress.country,
  );
  const merged = mergeLines(input.items);
  const lines = [];
  for (const line of merged) {
    const product = await loadProduct(db, store.id, line.productId, line.index);
    if (product.stock.available < line.quantity) {
      throw new DomainError(
        'BUSINESS_RULE',
        `Not enough stock for ${product.sku}: ${product.stock.available} available, ${line.quantity} needed`,
        {
          details: { productId: product.id, available: product.stock.available, requested: line.quantity },
        },
      );
    }
    lines.push({ product, quantity: line.quantity });
  }
  const pricing = priceCheckout({
    sellerCountry: store.country,
    destinationCountry: input.shippingAddress.country,
    customer: { type: input.customer.type, vatNumber: input.customer.vatNumber },
    ...oss,
    lines,
    shippingRule: method.priceRule,
    newId,
  });
  return { ...pricing, method, lines: merged.map(({ productId, quantity }) => ({ productId, quantity })) };
}
