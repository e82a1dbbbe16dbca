import { useMemo } from 'react';
import { defaultStoreTimeZone, storeDate } from '../../../../shared/dates/store-date';
import { isPriorityOrder } from '../../../../shared/domain/picking/pack-queue';
import { ordersPerDay, type DayCount } from '../../../../shared/domain/dashboard/orders-per-day';
import { useSyncStatus } from '../../data/order-hooks';
import { useOpenExceptionCount } from '../exceptions/exception-queries';
import { useInvoices, useInvoiceSettings } from '../invoices/invoice-hooks';
import { useOrderIndex } from '../orders/use-order-index';
import { usePackQueue } from '../pack/use-pack-queue';

export interface DashboardFigures {
  /** Today in the store's time zone (YYYY-MM-DD). */
  today: string;
  toPack: number;
  toPackPriority: number;
  openExceptions: number;
  waitingToSync: number;
  invoicesToday: number;
  perDay: DayCount[];
  /** False until the local order index has loaded (the counts would read 0). */
  ready: boolean;
}

/** Today's figures of this workstation's local data (works offline), days in the store's time zone. */
export function useDashboardFigures(now: Date = new Date()): DashboardFigures {
  const timeZone = useInvoiceSettings()?.timeZone ?? defaultStoreTimeZone;
  const today = storeDate(now, timeZone);
  const { queue, loading } = usePackQueue();
  const openExceptions = useOpenExceptionCount();
  const { pending } = useSyncStatus();
  const invoices = useInvoices();
  const { index, version, ready } = useOrderIndex();
  const day = today; // recompute the chart when the day changes, not on every render
  const perDay = useMemo(
    () => ordersPerDay(iterateCreatedAt(index.all()), new Date(), timeZone),
    // `version` changes whenever the index does; `day` when the calendar day does
    [index, version, timeZone, day],
  );
  return {
    today,
    toPack: queue.length,
    toPackPriority: queue.filter(isPriorityOrder).length,
    openExceptions,
    waitingToSync: pending,
    invoicesToday: invoices.filter(({ invoice }) => invoice.kind === 'invoice' && invoice.issueDate === today)
      .length,
    perDay,
    ready: ready && !loading,
  };
}

function* iterateCreatedAt(entries: Iterable<{ order: { createdAt: string } }>): Generator<string> {
  for (const entry of entries) yield entry.order.createdAt;
}
