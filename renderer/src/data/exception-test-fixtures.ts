import type { Order } from '../../../shared/schemas/order';
import type { OrderItemException } from '../../../shared/schemas/order-exception';
import { makeImportedOrder, makeProduct } from '../../../shared/domain/exceptions/test-fixtures';
import type { OutboxEntry } from './local-schemas';
import { makeOutboxEntry } from './data-test-fixtures';

/** Fixtures for the exception-overlay tests (not imported by production code). */
export const mug = makeProduct();
export const tea = makeProduct({
  gtin: '00036000291452',
  sku: 'TEA-EG',
  name: 'Earl Grey',
  vatCategory: 'reduced',
});

/** A marketplace order whose tea item is unmatched (one open exception). */
export const imported = (number: string): { order: Order; exception: OrderItemException } =>
  makeImportedOrder(number, { externalId: `AMZ-${number}` }, mug);

export const first = imported('1001');
export const second = imported('1002');

export const resolve = (exception: OrderItemException, productId = tea.id): OutboxEntry =>
  makeOutboxEntry('exception.resolve', exception.id, { productId, remember: false });
