import { z } from 'zod';
import type { PackedCounts } from './pack-state';

/**
 * Pack progress of an order on this workstation, kept in localStorage until the box ships: it survives
 * a reload, back/forward and a restart, is written synchronously on every scan (no lost last scan),
 * and is never synced (a half-packed box is a fact of this desk, not of the order).
 */
const savedPackSchema = z.object({
  packed: z.record(z.string(), z.number().int().nonnegative()),
  trackingNumber: z.string().max(100).default(''),
  carrier: z.string().max(100).default(''),
  savedAt: z.string(),
});
export type SavedPack = z.infer<typeof savedPackSchema>;

const keyOf = (orderId: string): string => `orderdesk.pack.${orderId}`;

/** The saved progress of an order, or undefined when there is none (or it is unreadable). */
export function loadPackProgress(orderId: string): SavedPack | undefined {
  const raw = localStorage.getItem(keyOf(orderId));
  if (raw === null) return undefined;
  try {
    const parsed = savedPackSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the progress of an order (every scan and every tracking keystroke). */
export function savePackProgress(
  orderId: string,
  progress: { packed: PackedCounts; trackingNumber: string; carrier: string },
): void {
  const saved: SavedPack = { ...progress, packed: { ...progress.packed }, savedAt: new Date().toISOString() };
  localStorage.setItem(keyOf(orderId), JSON.stringify(saved));
}

/** Forgets the progress of an order (shipped, or the box emptied). */
export function clearPackProgress(orderId: string): void {
  localStorage.removeItem(keyOf(orderId));
}

/** Whether any unit of the order is in a box on this workstation (shown in the pack queue). */
export function hasPackProgress(orderId: string): boolean {
  const saved = loadPackProgress(orderId);
  return saved !== undefined && Object.values(saved.packed).some((count) => count > 0);
}
