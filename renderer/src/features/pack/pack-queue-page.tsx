import { useState } from 'react';
import { parsePackCommand } from '../../../../shared/domain/picking/command-barcodes';
import { isPriorityOrder, unitsToShip } from '../../../../shared/domain/picking/pack-queue';
import { Link, useNavigate } from '@tanstack/react-router';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { usePrintQueue } from '../printing/use-print-queue';
import { hasPackProgress } from './pack-progress-store';
import { usePackQueue } from './use-pack-queue';
import { useWedgeScanner } from './use-wedge-scanner';
import './pack.css';

const pickListSizes = [10, 20, 50] as const;

/** Route `#/pack`: the orders waiting to be packed; NEXT or a packing slip's order barcode opens one. */
export function PackQueuePage() {
  const t = useT('pack');
  const navigate = useNavigate();
  const tp = useT('printing');
  const fmt = useFormat();
  const { queue, loading } = usePackQueue();
  const { queue: printQueue } = usePrintQueue();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const [pickSize, setPickSize] = useState<number>(20);
  useWedgeScanner((key) => {
    setCode((current) => current + key);
    document.getElementById('queue-scan')?.focus();
  });
  const open = (raw: string): void => {
    const text = raw.trim().replace(/^#/, '');
    if (text === '') return;
    const target =
      parsePackCommand(text) === 'next' ? queue[0] : queue.find((order) => order.number === text);
    if (target) void navigate({ to: '/pack/$orderId', params: { orderId: target.id } });
    else setMessage(t('queue.unknownScan', { code: text }));
  };
  const printPickList = (): void => {
    const batch = queue.slice(0, pickSize);
    if (batch.length === 0) return;
    printQueue.enqueue(tp('titles.pickList', { count: batch.length }), {
      kind: 'pick_list',
      orderIds: batch.map((order) => order.id),
    });
  };

  return (
    <section className="page" data-testid="pack-queue">
      <div className="toolbar">
        <h1>{t('queue.title')}</h1>
        <span className="muted">{t('queue.intro')}</span>
      </div>
      <form
        className="scan-bar"
        onSubmit={(event) => {
          event.preventDefault();
          open(code);
          setCode('');
        }}
      >
        <label htmlFor="queue-scan">{t('queue.scanLabel')}</label>
        <input
          id="queue-scan"
          autoFocus
          autoComplete="off"
          value={code}
          placeholder={t('queue.scanPlaceholder')}
          onChange={(event) => {
            setMessage(undefined);
            setCode(event.target.value);
          }}
        />
        <button type="button" className="primary" disabled={!queue[0]} onClick={() => open('CMDNEXT')}>
          {t('queue.start')}
        </button>
      </form>
      {message && (
        <p className="scan-feedback bad" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        <label>
          {t('queue.pickListCount')}{' '}
          <select value={pickSize} onChange={(event) => setPickSize(Number(event.target.value))}>
            {pickListSizes.map((size) => (
              <option key={size} value={size}>
                {t('queue.pickListOrders', { count: size })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={printPickList} disabled={queue.length === 0}>
          {tp('actions.pickList')}
        </button>
        <button
          type="button"
          onClick={() => printQueue.enqueue(tp('titles.commandSheet'), { kind: 'command_sheet' })}
        >
          {tp('actions.commandSheet')}
        </button>
      </div>
      {loading ? (
        <p className="muted">{t('queue.loading')}</p>
      ) : queue.length === 0 ? (
        <p className="muted">{t('queue.empty')}</p>
      ) : (
        <div className="card flush">
          <table className="pack-queue-table">
            <thead>
              <tr>
                <th>{t('queue.order')}</th>
                <th>{t('queue.customer')}</th>
                <th className="num">{t('queue.units')}</th>
                <th>{t('queue.placed')}</th>
                <th>{t('queue.remarks')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.slice(0, 200).map((order) => (
                <tr
                  key={order.id}
                  className={isPriorityOrder(order) ? 'priority' : ''}
                  data-testid="pack-queue-row"
                >
                  <td>
                    <Link to="/pack/$orderId" params={{ orderId: order.id }}>
                      #{order.number}
                    </Link>
                    {isPriorityOrder(order) && <span className="badge">{t('queue.priority')}</span>}
                    {hasPackProgress(order.id) && <span className="badge">{t('queue.inProgress')}</span>}
                  </td>
                  <td>{order.customer.name}</td>
                  <td className="num">{unitsToShip(order)}</td>
                  <td>{fmt.dateTime(order.createdAt)}</td>
                  <td>{[order.notes.trim(), order.giftMessage?.trim() ?? ''].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
