import { useRef, useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { useData } from '../../data/data-context';
import { navigate } from '../../app/use-hash-route';
import { useErrorText } from '../../i18n/error-text';
import { useT } from '../../i18n/use-t';
import { dispatchShipment, ShipmentDetailsFields, useShipmentDetails } from '../fulfillment/shipment-details';
import {
  isPackComplete,
  packByHand,
  packedShipmentItems,
  packProgress,
  scanCode,
  startPack,
  unpackOne,
  type PackState,
} from './pack-state';
import { PackLines } from './pack-lines';
import { ScanFeedbackBanner } from './scan-feedback';
import { useProductNamesByGtin } from './use-product-names';
import { useWedgeScanner } from './use-wedge-scanner';

/** Scan-to-pack for one order: scans check items against the order; only a complete pack ships. */
export function PackScreen({ order }: { order: Order }) {
  const data = useData();
  const t = useT('fulfillment');
  const errorText = useErrorText();
  const names = useProductNamesByGtin();
  const details = useShipmentDetails(order);
  const [state, setState] = useState<PackState>(() => startPack(order));
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const scanInput = useRef<HTMLInputElement>(null);
  const scan = (raw: string): void => {
    if (raw.trim() === '') return;
    setState((current) => scanCode(current, raw, (gtin14) => names.get(gtin14)));
  };
  useWedgeScanner((key) => {
    setCode((current) => current + key);
    scanInput.current?.focus();
  });
  const progress = packProgress(state);
  const complete = isPackComplete(state);

  const markShipped = async (): Promise<void> => {
    setBusy(true);
    const items = packedShipmentItems(state);
    const units = items.reduce((sum, line) => sum + line.quantity, 0);
    const summary = t('shipDialog.summary', { count: units, number: order.number });
    const failure = await dispatchShipment(data, order, details, items, summary);
    setBusy(false);
    if (failure === undefined) navigate(`#/orders/${order.id}`);
    else setError(errorText(failure));
  };

  return (
    <section className="page pack-page" data-testid="pack-screen">
      <a href={`#/orders/${order.id}`} className="muted">
        ← Order #{order.number}
      </a>
      <div className="toolbar">
        <h2>Pack order #{order.number}</h2>
        <span className="muted">
          {order.customer.name} · {order.shippingAddress.city}, {order.shippingAddress.country}
        </span>
      </div>
      <form
        className="scan-bar"
        onSubmit={(event) => {
          event.preventDefault();
          scan(code);
          setCode('');
        }}
      >
        <label htmlFor="scan-input">Scan barcode</label>
        <input
          id="scan-input"
          ref={scanInput}
          autoFocus
          autoComplete="off"
          inputMode="numeric"
          value={code}
          placeholder="Scan or type a GTIN, then Enter"
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit">Check</button>
      </form>
      <ScanFeedbackBanner last={state.last} />
      <div className="pack-overall" data-testid="pack-progress" data-complete={complete}>
        <strong>
          {progress.packed} of {progress.total} units packed
        </strong>
        <progress max={progress.total} value={progress.packed} aria-label="Order packed" />
        {complete && <span className="badge status-shipped">Pack complete</span>}
      </div>
      <div className="card flush">
        <PackLines
          state={state}
          onAdd={(id) => setState((current) => packByHand(current, id))}
          onRemove={(id) => setState((current) => unpackOne(current, id))}
        />
      </div>
      <div className="card pack-ship">
        <h3>Ship the box</h3>
        <div className="pack-ship-fields">
          <ShipmentDetailsFields details={details} />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row-actions">
          {!complete && <span className="muted">Scan every item before shipping.</span>}
          {complete && !details.complete && (
            <span className="muted">Enter the carrier and tracking number.</span>
          )}
          <button
            type="button"
            className="primary"
            disabled={!complete || !details.complete || busy}
            onClick={() => void markShipped()}
          >
            Mark shipped
          </button>
        </div>
      </div>
    </section>
  );
}
