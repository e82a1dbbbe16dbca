import { z } from 'zod';
import {
  uuidSchema,
  isoDateTimeSchema,
  moneySchema,
  currencySchema,
  addressSchema,
  vatCategorySchema,
  vatTreatmentSchema,
} from './common';
import { customerSnapshotSchema } from './customer';

export const orderStatuses = [
  'pending',
  'confirmed',
  'processing',
  'partially_shipped',
  'shipped',
  'delivered',
  'completed',
  'on_hold',
  'cancelled',
] as const;
export const orderStatusSchema = z.enum(orderStatuses);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const paymentStatusSchema = z.enum(['unpaid', 'authorized', 'paid', 'partially_refunded', 'refunded']);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

export const fulfillmentStatusSchema = z.enum(['unfulfilled', 'partially_fulfilled', 'fulfilled']);
export type FulfillmentStatus = z.infer<typeof fulfillmentStatusSchema>;

export const channelSchema = z.enum(['direct', 'marketplace']);
export type Channel = z.infer<typeof channelSchema>;

export const productSnapshotSchema = z.object({
  name: z.string().min(1).max(300),
  gtin: z.string().max(14).optional(),
  sku: z.string().max(64).optional(),
  unitPriceNet: moneySchema,
  vatRate: z.number().min(0).max(100),
  vatCategory: vatCategorySchema,
});
export type ProductSnapshot = z.infer<typeof productSnapshotSchema>;

export const orderItemSchema = z.object({
  id: uuidSchema,
  /** null while a marketplace item is unmatched (an open exception). */
  productId: uuidSchema.nullable(),
  product: productSnapshotSchema,
  quantity: z.number().int().positive(),
  quantityShipped: z.number().int().nonnegative(),
  quantityCancelled: z.number().int().nonnegative(),
  quantityRefunded: z.number().int().nonnegative(),
  lineNet: moneySchema,
  lineVat: moneySchema,
  lineGross: moneySchema,
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const shipmentStatusSchema = z.enum(['ready', 'shipped', 'in_transit', 'delivered', 'returned']);
export type ShipmentStatus = z.infer<typeof shipmentStatusSchema>;

export const shipmentSchema = z.object({
  id: uuidSchema,
  shippingMethodId: uuidSchema.nullable(),
  carrier: z.string().min(1).max(100),
  trackingNumber: z.string().min(1).max(100),
  trackingUrl: z.string().max(600).nullable(),
  items: z.array(z.object({ orderItemId: uuidSchema, quantity: z.number().int().positive() })),
  status: shipmentStatusSchema,
  createdAt: isoDateTimeSchema,
  shippedAt: isoDateTimeSchema.nullable(),
  deliveredAt: isoDateTimeSchema.nullable(),
});
export type Shipment = z.infer<typeof shipmentSchema>;

/** One refund given back through the payment provider (amount in minor units, gross). */
export const orderRefundSchema = z.object({
  id: uuidSchema,
  amount: moneySchema,
  items: z.array(z.object({ orderItemId: uuidSchema, quantity: z.number().int().positive() })),
  restock: z.boolean(),
  reason: z.string().min(1).max(500),
  /** The provider's reference; null until the server has refunded through the provider. */
  providerReference: z.string().max(200).nullable(),
  createdAt: isoDateTimeSchema,
});
export type OrderRefund = z.infer<typeof orderRefundSchema>;

export const totalsSchema = z.object({
  net: moneySchema,
  vat: moneySchema,
  gross: moneySchema,
  byRate: z.array(z.object({ rate: z.number(), net: moneySchema, vat: moneySchema })),
});
export type Totals = z.infer<typeof totalsSchema>;

/** Append-only history entry: who, which device, when, what. */
export const orderEventSchema = z.object({
  id: uuidSchema,
  at: isoDateTimeSchema,
  userId: uuidSchema.nullable(),
  userName: z.string().nullable(),
  deviceId: z.string().nullable(),
  commandId: uuidSchema.nullable(),
  type: z.string(),
  message: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type OrderEvent = z.infer<typeof orderEventSchema>;

export const orderSchema = z.object({
  id: uuidSchema,
  storeId: uuidSchema,
  number: z.string().min(1).max(40),
  channel: channelSchema,
  marketplace: z.string().max(60).nullable(),
  externalId: z.string().max(120).nullable(),
  customerId: uuidSchema.nullable(),
  customer: customerSnapshotSchema,
  billingAddress: addressSchema,
  shippingAddress: addressSchema,
  currency: currencySchema,
  items: z.array(orderItemSchema).min(1),
  shippingMethodId: uuidSchema.nullable(),
  shippingCost: moneySchema,
  totals: totalsSchema,
  vatTreatment: vatTreatmentSchema,
  status: orderStatusSchema,
  /** Status to return to when a hold is released. */
  statusBeforeHold: orderStatusSchema.nullable(),
  paymentStatus: paymentStatusSchema,
  fulfillmentStatus: fulfillmentStatusSchema,
  tags: z.array(z.string().min(1).max(50)),
  notes: z.string().max(5000),
  /** A draft (manual order not yet placed): no final number, no stock reserved; absent on placed orders. */
  draft: z.boolean().optional(),
  /** Message the buyer asked to put in the parcel; absent when there is none. */
  giftMessage: z.string().max(1000).optional(),
  shipments: z.array(shipmentSchema),
  /** Refunds given so far; absent on orders that never had one. */
  refunds: z.array(orderRefundSchema).optional(),
  openExceptionCount: z.number().int().nonnegative(),
  cancelReason: z.string().nullable(),
  events: z.array(orderEventSchema),
  version: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Order = z.infer<typeof orderSchema>;
