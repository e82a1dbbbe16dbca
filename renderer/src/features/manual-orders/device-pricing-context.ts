import type { OrderPricingContext } from '../../../../shared/domain/order/manual/manual-order-schemas';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import type { Product } from '../../../../shared/schemas/product';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';

/** What the workstation knows of its store for pricing (replicated invoice settings, a local order's currency). */
export interface DeviceStoreFacts {
  storeId: string;
  settings: StoreInvoiceSettings | undefined;
  currency: string;
}

/**
 * The pricing context a manual-order command carries from this device: its replicated products,
 * method and VAT settings, no number (the server hands it out). The server replaces all of it with
 * its own data, so a stale copy here changes only the preview.
 */
export function devicePricingContext(
  store: DeviceStoreFacts,
  input: {
    products: readonly Product[];
    productIds: readonly string[];
    method: ShippingMethod | null;
    invoiced: boolean;
  },
): OrderPricingContext {
  const wanted = new Set(input.productIds);
  return {
    seller: {
      storeId: store.storeId,
      country: store.settings?.address.country ?? 'DE',
      currency: store.currency,
      ossRegistered: store.settings?.ossRegistered ?? false,
      distanceSalesThresholdExceeded: store.settings?.distanceSalesThresholdExceeded ?? false,
      pricesIncludeVat: store.settings?.pricesIncludeVat ?? false,
    },
    products: input.products.filter((product) => wanted.has(product.id)),
    shippingMethod: input.method,
    number: null,
    invoiced: input.invoiced,
  };
}
