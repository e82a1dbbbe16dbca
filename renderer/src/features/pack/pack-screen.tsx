import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { useT } from '../../i18n/use-t';
import { ShipmentDetailsFields } from '../fulfillment/shipment-details';
import { packByHand, packProgress, unpackOne } from './pack-state';
import { PackLines } from './pack-lines';
import { PackRemarks } from './pack-remarks';
import { ScanFeedbackBanner } from './scan-feedback';
import { usePackSession } from './use-pack-session';
import { useWedgeScanner } from './use-wedge-scanner';

/** Scan-to-pack for one order: items and command barcodes are scanned; progress survives a reload. */
export function PackScreen({ order }: { order: Order }) {
  const t = useT('pack');
  const session = usePackSession(order);
  const { state, details, complete } = session;
  const [code, setCode] = useState('');
  const scanInput = useRef<HTMLInputElement>(null);
  useWedgeScanner((key) => {
    setCode((current) => current + key);
    scanInput.current?.focus();
  });
  const progress = packProgress(state);

  return (
    <section className="page pack-page" data-testid="pack-screen">
      <div className="toolbar">
        <Link to="/pack" className="muted">
          {t('screen.back')}
        </Link>
        <Link to="/orders/$orderId" params={{ orderId: order.id }} className="muted">
          {t('screen.orderLink', { number: order.number })}
        </Link>
      </div>
      <div className="toolbar">
        <h1>{t('screen.title', { number: order.number })}</h1>
        <span className="muted">
          {order.customer.name} · {order.shippingAddress.city}, {order.shippingAddress.country}
        </span>
      </div>
      <PackRemarks order={order} />
      <form
        className="scan-bar"
        onSubmit={(event) => {
          event.preventDefault();
          session.scan(code);
          setCode('');
        }}
      >
        <label htmlFor="scan-input">{t('screen.scanLabel')}</label>
        <input
          id="scan-input"
          ref={scanInput}
          autoFocus
          autoComplete="off"
          value={code}
          placeholder={t('screen.scanPlaceholder')}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit">{t('screen.check')}</button>
      </form>
      {session.restoredUnits !== null && state.last === null && (
        <p className="muted" data-testid="pack-restored">
          {t('screen.restored', { packed: session.restoredUnits, total: progress.total })}
        </p>
      )}
      <ScanFeedbackBanner last={state.last} notice={session.notice} />
      <div className="pack-overall" data-testid="pack-progress" data-complete={complete}>
        <strong>{t('screen.progress', { packed: progress.packed, total: progress.total })}</strong>
        <progress max={progress.total} value={progress.packed} aria-label={t('screen.complete')} />
        {complete && <span className="badge status-shipped">{t('screen.complete')}</span>}
      </div>
      <div className="card flush">
        <PackLines
          state={state}
          onAdd={(id) => session.setState((current) => packByHand(current, id))}
          onRemove={(id) => session.setState((current) => unpackOne(current, id))}
        />
      </div>
      <form
        className="card pack-ship"
        onSubmit={(event) => {
          event.preventDefault();
          session.submitTracking();
        }}
      >
        <h3>{t('screen.shipTitle')}</h3>
        <div className="pack-ship-fields">
          <ShipmentDetailsFields details={details} trackingRef={session.trackingRef} />
        </div>
        {session.error && (
          <p className="error" role="alert">
            {session.error}
          </p>
        )}
        <div className="row-actions">
          {!complete && <span className="muted">{t('screen.scanAll')}</span>}
          {complete && !details.complete && <span className="muted">{t('screen.enterTracking')}</span>}
          <button type="button" onClick={() => session.runCommand('cancel_scan')}>
            {t('screen.cancelScan')}
          </button>
          <button type="button" onClick={() => session.runCommand('next')}>
            {t('screen.next')}
          </button>
          <button
            type="button"
            disabled={progress.packed === 0 || complete || !details.complete || session.busy}
            onClick={() => session.runCommand('partial')}
          >
            {t('screen.shipPartial')}
          </button>
          <button type="submit" className="primary" disabled={!complete || !details.complete || session.busy}>
            {t('screen.markShipped')}
          </button>
        </div>
      </form>
    </section>
  );
}
