import type { ExceptionStatus } from '../../../../shared/schemas/order-exception';
import { normalizeGtin } from '../../../../shared/domain/exceptions/gtin';
import type { QueueException } from './exception-queries';

/** The inline form open under an exception row. */
export type ExceptionPanel = 'resolve' | 'ignore';

/** Whether the GTIN filter (spaces and dashes ignored) matches: a full GTIN exactly, otherwise as a part. */
export function matchesGtin(item: QueueException, gtinFilter: string): boolean {
  const q = gtinFilter.replace(/[\s-]/g, '');
  if (q === '') return true;
  const full = normalizeGtin(q);
  return full.ok ? item.exception.gtin === full.gtin14 : item.exception.gtin.includes(q);
}

/** The exceptions the GTIN and marketplace filters let through ('' = any marketplace). */
export function filterExceptions(
  items: readonly QueueException[],
  gtin: string,
  marketplace: string,
): QueueException[] {
  return items.filter(
    (i) => matchesGtin(i, gtin) && (marketplace === '' || i.exception.marketplace === marketplace),
  );
}

/** How many exceptions each status tab holds. */
export function countByStatus(items: readonly QueueException[]): Record<ExceptionStatus, number> {
  const result: Record<ExceptionStatus, number> = { open: 0, resolved: 0, ignored: 0 };
  for (const item of items) result[item.exception.status] += 1;
  return result;
}

/** Open exceptions with no command waiting, per GTIN: what "resolve every item with this GTIN" would cover. */
export function openCountByGtin(items: readonly QueueException[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const { exception, pending } of items) {
    if (exception.status === 'open' && pending === null)
      result.set(exception.gtin, (result.get(exception.gtin) ?? 0) + 1);
  }
  return result;
}

/** Whether this user can resolve or ignore the exception now (open, nothing of this device waiting for it). */
export function isActionable(item: QueueException, canEdit: boolean): boolean {
  return canEdit && item.exception.status === 'open' && item.pending === null;
}

/** Opens a row's panel, or closes it when that panel is already open (other rows keep theirs). */
export function togglePanel(
  panels: ReadonlyMap<string, ExceptionPanel>,
  id: string,
  panel: ExceptionPanel,
): ReadonlyMap<string, ExceptionPanel> {
  const next = new Map(panels);
  if (next.get(id) === panel) next.delete(id);
  else next.set(id, panel);
  return next;
}

/** Closes a row's panel (after the resolve or ignore went through). */
export function closePanel(
  panels: ReadonlyMap<string, ExceptionPanel>,
  id: string,
): ReadonlyMap<string, ExceptionPanel> {
  if (!panels.has(id)) return panels;
  const next = new Map(panels);
  next.delete(id);
  return next;
}
