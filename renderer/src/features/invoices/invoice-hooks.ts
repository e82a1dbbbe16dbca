import { defaultStoreTimeZone } from '../../../../shared/dates/store-date';
import { combineLatest, map, switchMap } from 'rxjs';
import { invoiceSchema, type Invoice } from '../../../../shared/schemas/invoice';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { useData } from '../../data/data-context';
import { localInvoiceChanges, localInvoices } from '../../data/invoicing-store';
import { useObservable } from '../../data/use-observable';

/** An invoice as shown on this workstation: `synced` once the server's snapshot has replicated back. */
export interface LocalInvoice {
  invoice: Invoice;
  synced: boolean;
}

function parseInvoice(raw: unknown): Invoice | undefined {
  const parsed = invoiceSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function merge(replicated: readonly Invoice[], local: readonly Invoice[]): LocalInvoice[] {
  const ids = new Set(replicated.map((invoice) => invoice.id));
  const all = [
    ...replicated.map((invoice) => ({ invoice, synced: true })),
    ...local.filter((invoice) => !ids.has(invoice.id)).map((invoice) => ({ invoice, synced: false })),
  ];
  return all.sort(
    (a, b) =>
      b.invoice.createdAt.localeCompare(a.invoice.createdAt) ||
      b.invoice.number.localeCompare(a.invoice.number),
  );
}

/** Invoices and credit notes on this workstation (replicated, plus those issued here and not yet synced), newest first. */
export function useInvoices(orderId?: string): LocalInvoice[] {
  const { db, session } = useData();
  return useObservable(
    () => {
      const replicated$ = (orderId ? db.invoices.find({ selector: { orderId } }) : db.invoices.find()).$.pipe(
        map((docs) => docs.flatMap((doc) => parseInvoice(doc.toJSON()) ?? [])),
      );
      const storeId = session.user.storeId;
      const local$ = localInvoiceChanges(storeId).pipe(switchMap(() => localInvoices(storeId, orderId)));
      return combineLatest([replicated$, local$]).pipe(
        map(([replicated, local]) => merge(replicated, local)),
      );
    },
    [],
    [db, session, orderId],
  );
}

/** The store's invoice settings as replicated to this workstation (undefined until the first pull). */
export function useInvoiceSettings(): StoreInvoiceSettings | undefined {
  const { db, session } = useData();
  return useObservable<StoreInvoiceSettings | undefined>(
    () =>
      db.invoicesettings
        .findOne(session.user.storeId)
        .$.pipe(map((doc) => (doc ? (doc.toJSON() as unknown as StoreInvoiceSettings) : undefined))),
    undefined,
    [db, session],
  );
}

/** The store's time zone (its invoice settings), Europe/Berlin until they have arrived. */
export function useStoreTimeZone(): string {
  return useInvoiceSettings()?.timeZone ?? defaultStoreTimeZone;
}
