import { useSyncExternalStore } from 'react';
import { newId } from '../../../../shared/ids';
import type { PrintDocumentKind } from '../../../../shared/schemas/printer-settings';
import type { DataContextValue } from '../../data/data-context';
import { useData } from '../../data/data-context';
import { savePdf } from '../invoices/pdf-output';
import { PrintQueue, type PrintJob, type PrintSource } from './print-queue';
import { renderPrintSource } from './render-print-source';

const STORAGE_KEY = 'orderdesk.print-queue';

function fileNameOf(title: string): string {
  return `${title.replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-+|-+$/g, '')}.pdf`;
}

/** Sends a rendered job out: the workstation's printer settings in the desktop app, a PDF download in a browser. */
async function outputJob(data: DataContextValue, job: PrintJob): Promise<void> {
  const bytes = await renderPrintSource(data, job.source);
  const kind: PrintDocumentKind = job.source.kind;
  if (window.orderDesk) await window.orderDesk.printDocument(bytes, job.title, kind);
  else await savePdf(bytes, fileNameOf(job.title));
}

const queues = new WeakMap<DataContextValue['db'], PrintQueue>();

/** The workstation's print queue (one per signed-in database), restored from localStorage on first use. */
export function printQueueOf(data: DataContextValue): PrintQueue {
  let queue = queues.get(data.db);
  if (!queue) {
    queue = new PrintQueue({
      storage: {
        load: () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown,
        save: (jobs) => localStorage.setItem(STORAGE_KEY, JSON.stringify(jobs)),
      },
      print: (job) => outputJob(data, job),
      newId,
    });
    queues.set(data.db, queue);
    void queue.drain(); // jobs left from before a restart
  }
  return queue;
}

/** The print queue and its jobs (re-rendered on every change). */
export function usePrintQueue(): { queue: PrintQueue; jobs: readonly PrintJob[] } {
  const data = useData();
  const queue = printQueueOf(data);
  const jobs = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.list(),
  );
  return { queue, jobs };
}

export type { PrintSource };
