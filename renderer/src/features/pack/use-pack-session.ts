import { useErrorText } from '../../i18n/error-text';
import { useEffect, useRef, useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { parsePackCommand, type PackCommand } from '../../../../shared/domain/picking/command-barcodes';
import { nextInQueue } from '../../../../shared/domain/picking/pack-queue';
import { useData } from '../../data/data-context';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../../i18n/use-t';
import { dispatchShipment, useShipmentDetails, type ShipmentDetails } from '../fulfillment/shipment-details';
import { printOnPackComplete } from '../printing/print-on-pack-complete';
import { clearPackProgress, loadPackProgress, savePackProgress } from './pack-progress-store';
import {
  clearPack,
  isPackComplete,
  packedCounts,
  packedShipmentItems,
  packProgress,
  restorePack,
  scanCode,
  startPack,
  type PackState,
} from './pack-state';
import { usePackQueue } from './use-pack-queue';
import { useProductNamesByGtin } from './use-product-names';

export interface PackSession {
  state: PackState;
  setState: (update: (current: PackState) => PackState) => void;
  details: ShipmentDetails;
  complete: boolean;
  /** Progress found on this workstation when the screen opened (units already in the box), else null. */
  restoredUnits: number | null;
  /** The answer to the last command barcode (or a refused ship), shown above the lines. */
  notice: { text: string; ok: boolean } | undefined;
  error: string | undefined;
  busy: boolean;
  trackingRef: React.RefObject<HTMLInputElement | null>;
  /** One scanned or typed code: a command barcode or an item's GTIN. */
  scan: (raw: string) => void;
  runCommand: (command: PackCommand) => void;
  /** Submits the tracking form: a command typed into it runs, otherwise the box ships. */
  submitTracking: () => void;
}

/** Progress of packing one order: restored from and saved to this workstation, commands, ship and go next. */
export function usePackSession(order: Order): PackSession {
  const data = useData();
  const t = useT('pack');
  const navigate = useNavigate();
  const tShip = useT('fulfillment');
  const errorText = useErrorText();
  const names = useProductNamesByGtin();
  const details = useShipmentDetails(order);
  const { queue } = usePackQueue();
  const [saved] = useState(() => loadPackProgress(order.id));
  const [state, setState] = useState<PackState>(() =>
    saved ? restorePack(startPack(order), saved.packed) : startPack(order),
  );
  const [notice, setNotice] = useState<PackSession['notice']>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const trackingRef = useRef<HTMLInputElement>(null);
  const shipped = useRef(false);
  const { setTrackingNumber, setCarrier, trackingNumber, carrier } = details;

  useEffect(() => {
    if (saved?.trackingNumber) setTrackingNumber(saved.trackingNumber);
    if (saved?.carrier) setCarrier(saved.carrier);
  }, [saved, setTrackingNumber, setCarrier]);

  useEffect(() => {
    if (shipped.current) return;
    const packed = packedCounts(state);
    const empty = Object.values(packed).every((count) => count === 0) && !trackingNumber && !carrier;
    if (empty) clearPackProgress(order.id);
    else savePackProgress(order.id, { packed, trackingNumber, carrier });
  }, [order.id, state, trackingNumber, carrier]);

  const complete = isPackComplete(state);
  const goNext = (): void => {
    const next = nextInQueue(queue, order.id);
    if (next) void navigate({ to: '/pack/$orderId', params: { orderId: next.id } });
    else void navigate({ to: '/pack' });
  };

  const ship = async (items: { orderItemId: string; quantity: number }[]): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const units = items.reduce((sum, line) => sum + line.quantity, 0);
    const summary = tShip('shipDialog.summary', { count: units, number: order.number });
    const failure = await dispatchShipment(data, order, details.header(), items, summary);
    setBusy(false);
    if (failure !== undefined) {
      setError(errorText(failure));
      return;
    }
    shipped.current = true;
    clearPackProgress(order.id);
    await printOnPackComplete(data, order);
    goNext();
  };

  /** SHIP: everything packed and a tracking number known, else say what is missing. */
  const shipIfReady = (current: PackState): void => {
    const left = packProgress(current).total - packProgress(current).packed;
    if (!isPackComplete(current)) setNotice({ text: t('command.ship_incomplete', { left }), ok: false });
    else if (!details.complete) {
      setNotice({ text: t('command.ship_needs_tracking'), ok: false });
      details.showProblems();
    } else void ship(packedShipmentItems(current));
  };

  const runCommand = (command: PackCommand): void => {
    setError(undefined);
    if (command === 'ship') shipIfReady(state);
    else if (command === 'next') goNext();
    else if (command === 'cancel_scan') {
      setState(clearPack);
      setNotice({ text: t('command.cancelled'), ok: true });
    } else if (packProgress(state).packed === 0) setNotice({ text: t('command.partial_empty'), ok: false });
    else if (!details.complete) {
      setNotice({ text: t('command.ship_needs_tracking'), ok: false });
      details.showProblems();
    } else void ship(packedShipmentItems(state));
  };

  const scan = (raw: string): void => {
    if (raw.trim() === '') return;
    const command = parsePackCommand(raw);
    if (command) {
      runCommand(command);
      return;
    }
    setNotice(undefined);
    const next = scanCode(state, raw, (gtin14) => names.get(gtin14));
    setState(() => next);
    if (next.last?.kind !== 'packed' || !isPackComplete(next)) return;
    // The last unit is in the box: a single-unit order with its tracking number already known ships at
    // once (one scan); otherwise the tracking field takes the carrier label's scan and its Enter ships.
    if (packProgress(next).total === 1 && details.complete) void ship(packedShipmentItems(next));
    else trackingRef.current?.focus();
  };

  const submitTracking = (): void => {
    const command = parsePackCommand(details.trackingNumber);
    if (command) {
      details.setTrackingNumber('');
      if (command !== 'ship') {
        runCommand(command);
        return;
      }
    }
    if (command === 'ship' && !details.complete) return;
    shipIfReady(state);
  };

  return {
    state,
    setState,
    details,
    complete,
    restoredUnits: saved ? packProgress(restorePack(startPack(order), saved.packed)).packed || null : null,
    notice,
    error,
    busy,
    trackingRef,
    scan,
    runCommand,
    submitTracking,
  };
}
