import { useState, type Ref } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { newId } from '../../../../shared/ids';
import { trackingUrlFor } from '../../../../shared/domain/order/fulfillment';
import type { DomainErrorBody } from '../../../../shared/errors';
import type { DataContextValue } from '../../data/data-context';
import { useT } from '../../i18n/use-t';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { useShippingMethods } from './use-shipping-methods';
import { ChoiceSelect, toChoices } from '../../forms/choice-select';

/** Method, carrier and tracking number of a shipment being prepared (ship panel and pack screen). */
export interface ShipmentDetails {
  methods: ShippingMethod[];
  methodId: string;
  setMethodId: (id: string) => void;
  carrier: string;
  setCarrier: (carrier: string) => void;
  trackingNumber: string;
  setTrackingNumber: (trackingNumber: string) => void;
  method: ShippingMethod | undefined;
  /** Typed carrier, else the method's carrier. */
  effectiveCarrier: string;
  /** Carrier and tracking number are both known. */
  complete: boolean;
}

/** State of the shipment fields, starting from the order's shipping method. */
export function useShipmentDetails(order: Pick<Order, 'shippingMethodId'>): ShipmentDetails {
  const methods = useShippingMethods();
  const [methodId, setMethodId] = useState(order.shippingMethodId ?? '');
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const method = methods.find((candidate) => candidate.id === methodId);
  const effectiveCarrier = carrier.trim() || method?.carrier || '';
  return {
    methods,
    methodId,
    setMethodId,
    carrier,
    setCarrier,
    trackingNumber,
    setTrackingNumber,
    method,
    effectiveCarrier,
    complete: effectiveCarrier !== '' && trackingNumber.trim() !== '',
  };
}

/** Shipping method, carrier and tracking number inputs with the resulting tracking link. */
export function ShipmentDetailsFields({
  details,
  trackingRef,
}: {
  details: ShipmentDetails;
  /** Lets the pack screen move the focus to the tracking number after the last scan. */
  trackingRef?: Ref<HTMLInputElement>;
}) {
  const t = useT('fulfillment');
  const { methods, methodId, method, carrier, trackingNumber } = details;
  return (
    <>
      <label>
        {t('details.method')}
        <ChoiceSelect
          placeholder={t('details.none')}
          choices={toChoices(
            methods,
            (m) => m.id,
            (m) => m.name,
          )}
          value={methodId}
          onChange={(e) => details.setMethodId(e.target.value)}
        />
      </label>
      <label>
        {t('details.carrier')}
        <input
          value={carrier}
          placeholder={method?.carrier ?? t('details.carrierPlaceholder')}
          onChange={(e) => details.setCarrier(e.target.value)}
        />
      </label>
      <label>
        {t('details.tracking')}
        <input
          ref={trackingRef}
          value={trackingNumber}
          onChange={(e) => details.setTrackingNumber(e.target.value)}
        />
      </label>
      {trackingNumber.trim() && method && (
        <p className="muted">
          {t('details.trackingLink', { url: trackingUrlFor(method, trackingNumber) ?? '' })}
        </p>
      )}
    </>
  );
}

/**
 * Queues `order.create_shipment` for `items` (works offline); returns the refusal or undefined.
 * Issue paths (`items.0.quantity`) index `items` as passed here.
 */
export async function dispatchShipment(
  data: DataContextValue,
  order: Pick<Order, 'id' | 'number'>,
  details: ShipmentDetails,
  items: { orderItemId: string; quantity: number }[],
  summary: string,
): Promise<DomainErrorBody | undefined> {
  const { method, trackingNumber } = details;
  const payload = {
    shipmentId: newId(),
    ...(method ? { shippingMethodId: method.id } : {}),
    carrier: details.effectiveCarrier,
    trackingNumber: trackingNumber.trim(),
    trackingUrl: trackingUrlFor(method, trackingNumber),
    items,
  };
  const result = await dispatchOrderCommand(data, {
    type: 'order.create_shipment',
    orderId: order.id,
    payload,
    summary,
  });
  return result.ok ? undefined : result.error;
}
