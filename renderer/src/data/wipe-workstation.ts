const WIPE_PENDING = 'orderdesk.wipe-pending';

/**
 * Asks for every local Order Desk database of this origin to be deleted at the next start (a server
 * switch or a revoke). Deleting at start-up, before anything opens them, cannot be blocked by an open
 * connection (the invoicing store keeps its own).
 */
export function markWipePending(): void {
  localStorage.setItem(WIPE_PENDING, new Date().toISOString());
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
  });
}

/** Runs before the app opens any database: finishes a wipe asked for by `markWipePending`. */
export async function finishPendingWipe(): Promise<void> {
  if (localStorage.getItem(WIPE_PENDING) === null) return;
  const all = await indexedDB.databases();
  const ours = all.map((info) => info.name ?? '').filter((name) => name.includes('orderdesk'));
  await Promise.all(ours.map(deleteDatabase));
  localStorage.removeItem(WIPE_PENDING);
}
