import { useMemo } from 'react';
import { combineLatest, map, switchMap } from 'rxjs';
import { storeDate } from '../../../../shared/dates/store-date';
import { buildPackQueue, isPriorityOrder } from '../../../../shared/domain/picking/pack-queue';
import { ordersPerDay, type DayCount } from '../../../../shared/domain/dashboard/orders-per-day';
import { useData } from '../../data/data-context';
import { localInvoiceChanges, localInvoices } from '../../data/invoicing-store';
import { useSyncStatus } from '../../data/order-hooks';
import { useObservable } from '../../data/use-observable';
import { useOpenExceptionCount } from '../exceptions/exception-queries';
import { useStoreTimeZone } from '../invoices/invoice-hooks';
import { useOrderIndex } from '../orders/use-order-index';

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
  const timeZone = useStoreTimeZone();
  const today = storeDate(now, timeZone);
  const openExceptions = useOpenExceptionCount();
  const { pending } = useSyncStatus();
  const invoicesToday = useInvoicesIssuedOn(today);
  // The in-memory order index (overlay of unsynced commands applied) serves both the pack queue and
  // the chart: no extra database query or parse while the first pull streams orders in.
  const { index, version, ready } = useOrderIndex();
  const { queue, perDay } = useMemo(() => {
    const orders = Array.from(index.all(), (entry) => entry.order);
    return {
      queue: buildPackQueue(orders),
      perDay: ordersPerDay(
        orders.map((order) => order.createdAt),
        new Date(`${today}T12:00:00.000Z`),
        timeZone,
      ),
    };
    // `version` changes whenever the index does; `today` when the calendar day does
  }, [index, version, timeZone, today]);
  return {
    today,
    toPack: queue.length,
    toPackPriority: queue.filter(isPriorityOrder).length,
    openExceptions,
    waitingToSync: pending,
    invoicesToday,
    perDay,
    ready,
  };
}

/** Invoices (not credit notes) issued on `date`: replicated ones plus those issued here and not synced yet. */
function useInvoicesIssuedOn(date: string): number {
  const { db, session } = useData();
  const storeId = session.user.storeId;
  return useObservable(
    () => {
      const issuedOn = (invoice: { issueDate?: unknown; kind?: unknown }): boolean =>
        invoice.issueDate === date && invoice.kind === 'invoice';
      const replicated$ = db.invoices
        .find()
        .$.pipe(
          map((docs) =>
            docs
              .filter((doc) => issuedOn({ issueDate: doc.get('issueDate'), kind: doc.get('kind') }))
              .map((doc) => doc.primary),
          ),
        );
      const local$ = localInvoiceChanges(storeId).pipe(
        switchMap(() => localInvoices(storeId)),
        map((invoices) => invoices.filter(issuedOn).map((invoice) => invoice.id)),
      );
      return combineLatest([replicated$, local$]).pipe(
        map(([replicated, local]) => new Set([...replicated, ...local]).size),
      );
    },
    0,
    [db, storeId, date],
  );
}
