import { useCallback, useMemo, type Ref } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Order } from '../../../../shared/schemas/order';
import type { ShippingMethod } from '../../../../shared/schemas/shipping-method';
import { newId } from '../../../../shared/ids';
import { trackingUrlFor } from '../../../../shared/domain/order/fulfillment';
import type { DomainErrorBody } from '../../../../shared/errors';
import type { DataContextValue } from '../../data/data-context';
import { useT } from '../../i18n/use-t';
import { dispatchOrderCommand } from '../../data/dispatch-command';
import { fieldA11y, type FieldState } from '../../forms/field-a11y';
import { useShippingMethods } from './use-shipping-methods';
import { ShippingMethodSelect } from '../shipping-methods/shipping-method-select';
import {
  effectiveCarrier,
  shipmentDraftOf,
  shipmentDraftSchema,
  type OpenLine,
  type ShipmentDraft,
  type ShipmentHeader,
  type ShipmentRequest,
} from './shipment-schema';

/** The shipment form (ship panel and pack screen): method, carrier, tracking number and, in the panel, quantities. */
export interface ShipmentDetails {
  form: UseFormReturn<ShipmentDraft, unknown, ShipmentRequest>;
  methods: ShippingMethod[];
  carrier: string;
  setCarrier: (carrier: string) => void;
  trackingNumber: string;
  setTrackingNumber: (trackingNumber: string) => void;
  method: ShippingMethod | undefined;
  /** Carrier and tracking number are both known. */
  complete: boolean;
  /** The header to send, read from the fields (use once `complete`). */
  header: () => ShipmentHeader;
  /** Shows each wrong field's sentence and focuses the first. */
  showProblems: () => void;
  /** The field's sentence and aria attributes. */
  fieldState: (field: keyof ShipmentDraft) => FieldState;
}

const noLines: readonly OpenLine[] = [];

/** The shipment form, starting from the order's shipping method; `lines` are the ship panel's open lines. */
export function useShipmentDetails(
  order: Pick<Order, 'shippingMethodId'>,
  lines: readonly OpenLine[] = noLines,
): ShipmentDetails {
  const t = useT('fulfillment');
  const methods = useShippingMethods();
  const schema = useMemo(() => shipmentDraftSchema(methods, lines), [methods, lines]);
  const form = useForm<ShipmentDraft, unknown, ShipmentRequest>({
    defaultValues: shipmentDraftOf(order.shippingMethodId, lines),
    resolver: zodResolver(schema),
    shouldFocusError: true,
  });
  const { setValue, trigger } = form;
  const draft = form.watch();
  const setCarrier = useCallback((carrier: string) => setValue('carrier', carrier), [setValue]);
  const setTrackingNumber = useCallback(
    (trackingNumber: string) => setValue('trackingNumber', trackingNumber),
    [setValue],
  );
  const carrier = effectiveCarrier(methods, draft);
  const method = methods.find((candidate) => candidate.id === draft.methodId);
  const sentence = (problem: string) => t(`details.${problem as 'needCarrier'}`);
  return {
    form,
    methods,
    carrier: draft.carrier,
    setCarrier,
    trackingNumber: draft.trackingNumber,
    setTrackingNumber,
    method,
    complete: carrier !== '' && draft.trackingNumber.trim() !== '',
    header: () => {
      const trackingNumber = form.getValues('trackingNumber').trim();
      return { method, carrier, trackingNumber, trackingUrl: trackingUrlFor(method, trackingNumber) };
    },
    showProblems: () => void trigger(undefined, { shouldFocus: true }),
    fieldState: fieldA11y(form.formState.errors, 'shipment', sentence),
  };
}

/** Sets an object or callback ref. */
function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
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
  const { methods, method, trackingNumber, form, fieldState } = details;
  const carrier = fieldState('carrier');
  const tracking = fieldState('trackingNumber');
  // Registered in screen order: react-hook-form focuses the first wrong field it registered.
  const methodField = form.register('methodId');
  const carrierField = form.register('carrier');
  const { ref: formRef, ...trackingField } = form.register('trackingNumber');
  const trackingInputRef = useCallback(
    (element: HTMLInputElement | null) => {
      formRef(element);
      assignRef(trackingRef, element);
    },
    [formRef, trackingRef],
  );
  return (
    <>
      <label>
        {t('details.method')}
        <ShippingMethodSelect placeholder={t('details.none')} methods={methods} {...methodField} />
      </label>
      <label>
        {t('details.carrier')}
        <input
          {...carrierField}
          placeholder={method?.carrier ?? t('details.carrierPlaceholder')}
          aria-invalid={carrier.invalid}
          aria-describedby={carrier.describedBy}
        />
        {carrier.message}
      </label>
      <label>
        {t('details.tracking')}
        <input
          {...trackingField}
          ref={trackingInputRef}
          aria-invalid={tracking.invalid}
          aria-describedby={tracking.describedBy}
        />
        {tracking.message}
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
  header: ShipmentHeader,
  items: { orderItemId: string; quantity: number }[],
  summary: string,
): Promise<DomainErrorBody | undefined> {
  const { method, carrier, trackingNumber, trackingUrl } = header;
  const payload = {
    shipmentId: newId(),
    ...(method ? { shippingMethodId: method.id } : {}),
    carrier,
    trackingNumber,
    trackingUrl,
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
