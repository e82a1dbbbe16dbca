/** How a pull sizes the slices it writes: towards a time budget per write, within bounds. */
export interface SliceSizing {
  /** The wall time one slice's write should take (ms). */
  budgetMs: number;
  min: number;
  max: number;
}

/**
 * The next slice's size from how long the last one took: scaled towards the budget, by at most half
 * or double per step (one slow write, e.g. a garbage collection, does not collapse it), within bounds.
 * A loaded machine thus writes small slices and keeps each task short; a fast one writes large
 * slices and fewer IndexedDB transactions.
 */
export function nextSliceSize(size: number, elapsedMs: number, sizing: SliceSizing): number {
  const target = elapsedMs > 0 ? (size * sizing.budgetMs) / elapsedMs : size * 2;
  const stepped = Math.min(size * 2, Math.max(size / 2, target));
  return Math.round(Math.min(sizing.max, Math.max(sizing.min, stepped)));
}
