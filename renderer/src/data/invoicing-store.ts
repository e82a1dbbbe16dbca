import { BehaviorSubject, type Observable } from 'rxjs';
import type { Invoice } from '../../../shared/schemas/invoice';

// Plain IndexedDB (not Dexie): RxDB bundles its own Dexie, and two Dexie versions cannot share a page.
const DEVICE = 'device';
const SERIES = 'series';
const INVOICES = 'invoices';

const opened = new Map<string, Promise<IDBDatabase>>();
const changed = new Map<string, BehaviorSubject<number>>();

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function open(storeId: string): Promise<IDBDatabase> {
  let db = opened.get(storeId);
  if (!db) {
    const req = indexedDB.open(`orderdesk_invoicing_${storeId.replace(/-/g, '')}`, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore(DEVICE, { keyPath: 'deviceId' });
      req.result.createObjectStore(SERIES, { keyPath: 'series' });
      req.result.createObjectStore(INVOICES, { keyPath: 'id' }).createIndex('orderId', 'orderId');
    };
    db = request(req);
    opened.set(storeId, db);
  }
  return db;
}

function changes(storeId: string): BehaviorSubject<number> {
  let subject = changed.get(storeId);
  if (!subject) {
    subject = new BehaviorSubject(0);
    changed.set(storeId, subject);
  }
  return subject;
}

/** The device code the server gave this workstation, if it was ever registered. */
export async function storedDeviceCode(storeId: string, deviceId: string): Promise<string | undefined> {
  const db = await open(storeId);
  const row = (await request(db.transaction(DEVICE).objectStore(DEVICE).get(deviceId))) as
    { code?: string } | undefined;
  return row?.code;
}

/** Keeps the device code for offline use. */
export async function saveDeviceCode(storeId: string, deviceId: string, code: string): Promise<void> {
  const db = await open(storeId);
  await request(db.transaction(DEVICE, 'readwrite').objectStore(DEVICE).put({ deviceId, code }));
}

/**
 * Takes the next sequence of a series and saves the invoice built for it in ONE IndexedDB transaction
 * (serialised across tabs), so a number is never used twice nor lost.
 */
export async function allocateAndSave(
  storeId: string,
  series: string,
  build: (sequence: number) => Invoice,
): Promise<Invoice> {
  const db = await open(storeId);
  const tx = db.transaction([SERIES, INVOICES], 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  const invoice = await new Promise<Invoice>((resolve, reject) => {
    const get = tx.objectStore(SERIES).get(series);
    get.onsuccess = () => {
      try {
        const sequence = Number((get.result as { lastSequence?: number } | undefined)?.lastSequence ?? 0) + 1;
        const built = build(sequence);
        tx.objectStore(SERIES).put({ series, lastSequence: sequence });
        tx.objectStore(INVOICES).put(built);
        resolve(built);
      } catch (error) {
        tx.abort();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
  await done;
  changes(storeId).next(Date.now());
  return invoice;
}

/** Invoices issued on this workstation (all, or one order's). */
export async function localInvoices(storeId: string, orderId?: string): Promise<Invoice[]> {
  const store = (await open(storeId)).transaction(INVOICES).objectStore(INVOICES);
  return (await request(orderId ? store.index('orderId').getAll(orderId) : store.getAll())) as Invoice[];
}

/** Emits whenever this tab issued an invoice locally. */
export function localInvoiceChanges(storeId: string): Observable<number> {
  return changes(storeId).asObservable();
}
