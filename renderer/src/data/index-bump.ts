const FRAME_MS = 16;
/**
 * Replicated order changes bump the index version at most once per this many ms per 1,000 orders:
 * every bump makes the order list filter and sort all orders again, and an initial sync writes a
 * slice of 100 orders every few ms (100,000 orders: one re-sort a second while the rest streams in).
 */
const REPLICATED_MS_PER_1000 = 10;

/**
 * When the next version bump should fire: a frame from now for changes made on this device, for
 * replicated changes not before the size's interval has passed since the last bump.
 */
export function bumpDueAt(now: number, lastBump: number, size: number, replicated: boolean): number {
  const interval = replicated ? (size / 1000) * REPLICATED_MS_PER_1000 : 0;
  return Math.max(now + FRAME_MS, lastBump + interval);
}
