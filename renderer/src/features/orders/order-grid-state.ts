import type { RowSelectionState, SortingState } from '@tanstack/react-table';
import {
  orderSortKeys,
  type OrderSort,
  type OrderSortKey,
} from '../../../../shared/domain/order/order-search';
import type { Selection } from './order-list-search';

/** The order index's sort as TanStack's sorting state (one column). */
export function sortingFromOrderSort(sort: OrderSort): SortingState {
  return [{ id: sort.key, desc: sort.direction === 'desc' }];
}

function isSortKey(id: string): id is OrderSortKey {
  return (orderSortKeys as readonly string[]).includes(id);
}

/** TanStack's sorting state back to the index's sort; undefined when it names no sortable column. */
export function orderSortFromSorting(sorting: SortingState): OrderSort | undefined {
  const first = sorting[0];
  if (!first || !isSortKey(first.id)) return undefined;
  return { key: first.id, direction: first.desc ? 'desc' : 'asc' };
}

export function isSelected(selection: Selection, id: string): boolean {
  return selection.mode === 'all' || selection.ids.has(id);
}

/**
 * The table's row selection for the rows it holds (the visible window): every window row in
 * "all matching" mode, else the ticked ids (also those outside the window).
 */
export function rowSelectionOf(selection: Selection, windowIds: readonly string[]): RowSelectionState {
  const state: RowSelectionState = {};
  if (selection.mode === 'all') for (const id of windowIds) state[id] = true;
  else for (const id of selection.ids) state[id] = true;
  return state;
}

/**
 * Applies a row-selection change of the table (`before` → `after`) to the list's selection. Unticking
 * a row in "all matching" mode turns it into the explicit ids of every matching order but that one.
 */
export function applyRowSelection(
  selection: Selection,
  before: RowSelectionState,
  after: RowSelectionState,
  matchingIds: () => readonly string[],
): Selection {
  const changes = new Map<string, boolean>();
  for (const [id, ticked] of Object.entries(after)) {
    if (ticked !== isSelected(selection, id)) changes.set(id, ticked);
  }
  for (const id of Object.keys(before)) {
    if (!(id in after) && isSelected(selection, id)) changes.set(id, false);
  }
  if (changes.size === 0) return selection;
  const ids = new Set(selection.mode === 'all' ? matchingIds() : selection.ids);
  for (const [id, ticked] of changes) {
    if (ticked) ids.add(id);
    else ids.delete(id);
  }
  return { mode: 'ids', ids };
}
