import { useRef, useState } from 'react';
import { newId } from '../../../../shared/ids';
import type { BulkAction } from '../../../../shared/domain/order/bulk-actions';
import { useData } from '../../data/data-context';
import type { OrderIndex } from '../../data/order-index';
import { issueInvoicesInBulk } from './issue-invoices-bulk';
import { printInvoicesInBulk } from './print-invoices-bulk';
import { runBulk, type BulkProgress } from './run-bulk';
import { deviceStorageFailureMessage } from '../../data/storage-errors';

/** A run that threw ends as failed with its message, instead of staying "running". */
function endWithFailure(error: unknown, progress: BulkProgress | null, total: number): BulkProgress {
  return {
    ...(progress ?? { total, done: 0, queued: 0, failed: [], cancelled: false }),
    finished: true,
    error: deviceStorageFailureMessage(error),
  };
}

/** Starts, cancels and reports one bulk run at a time. */
export function useBulkRun(index: OrderIndex) {
  const data = useData();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<'commands' | 'print'>('commands');
  /** Counts the runs whose commands the index showed before storing (the list re-filters once then). */
  const [shown, setShown] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const settle = (run: Promise<unknown>, total: number): void => {
    run.catch((error: unknown) => setProgress((current) => endWithFailure(error, current, total)));
  };
  const start = (ids: readonly string[], bulk: BulkAction, description: string): void => {
    const abort = new AbortController();
    controller.current = abort;
    setKind('commands');
    setLabel(description);
    settle(
      runBulk({
        ids,
        bulk,
        getOrder: (id) => index.get(id),
        baseVersion: (id) => index.baseVersion(id),
        actor: data.session.user,
        deviceId: data.session.deviceId,
        insert: async (entries) => {
          await data.db.outbox.bulkInsert(entries);
          void data.engine.pushNow();
        },
        show: (entries) => {
          index.showUnsaved(entries);
          setShown((count) => count + 1);
        },
        dropUnstored: (entries) => index.dropUnsaved(entries.map((entry) => entry.id)),
        onProgress: setProgress,
        signal: abort.signal,
        newId,
        now: () => new Date().toISOString(),
      }),
      ids.length,
    );
  };
  const startInvoices = (ids: readonly string[]): void => {
    const abort = new AbortController();
    controller.current = abort;
    setKind('commands');
    setLabel(`Issue invoices for ${ids.length} orders`);
    const orders = ids.flatMap((id) => index.get(id) ?? []);
    settle(issueInvoicesInBulk(data, orders, setProgress, abort.signal), orders.length);
  };
  const startPrint = (ids: readonly string[]): void => {
    const abort = new AbortController();
    controller.current = abort;
    setKind('print');
    setLabel(`Print invoices of ${ids.length} orders`);
    const orders = ids.flatMap((id) => index.get(id) ?? []);
    settle(printInvoicesInBulk(data, orders, setProgress, abort.signal), orders.length);
  };
  return {
    progress,
    shown,
    label,
    kind,
    start,
    startInvoices,
    startPrint,
    cancel: () => controller.current?.abort(),
    dismiss: () => setProgress(null),
    running: progress !== null && !progress.finished,
  };
}
