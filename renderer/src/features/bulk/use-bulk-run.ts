import { useRef, useState } from 'react';
import { newId } from '../../../../shared/ids';
import type { BulkAction } from '../../../../shared/domain/order/bulk-actions';
import { useData } from '../../data/data-context';
import type { OrderIndex } from '../../data/order-index';
import { runBulk, type BulkProgress } from './run-bulk';

/** Starts, cancels and reports one bulk run at a time. */
export function useBulkRun(index: OrderIndex) {
  const data = useData();
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const [label, setLabel] = useState('');
  const controller = useRef<AbortController | null>(null);
  const start = (ids: readonly string[], bulk: BulkAction, description: string): void => {
    const abort = new AbortController();
    controller.current = abort;
    setLabel(description);
    void runBulk({
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
      onProgress: setProgress,
      signal: abort.signal,
      newId,
      now: () => new Date().toISOString(),
    });
  };
  return {
    progress,
    label,
    start,
    cancel: () => controller.current?.abort(),
    dismiss: () => setProgress(null),
    running: progress !== null && !progress.finished,
  };
}
