import { useMemo } from 'react';
import {
  functionalUpdate,
  getCoreRowModel,
  useReactTable,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { OrderSearchEntry, OrderSort } from '../../../../shared/domain/order/order-search';
import type { OrderIndex } from '../../data/order-index';
import { useOrderColumns } from './order-columns';
import {
  applyRowSelection,
  isSelected,
  orderSortFromSorting,
  rowSelectionOf,
  sortingFromOrderSort,
} from './order-grid-state';
import type { Selection } from './order-list-search';

/**
 * The order grid's TanStack table. Its rows are only the virtualiser's window of the matching orders
 * (so scrolling 100,000 orders builds a few dozen row objects); sorting is manual (the index sorts)
 * and the table's sorting and row selection are controlled by the list's URL state.
 */
export function useOrderGrid({
  index,
  visible,
  sort,
  onSort,
  selection,
  onSelection,
  virtualizer,
}: {
  index: OrderIndex;
  visible: readonly OrderSearchEntry[];
  sort: OrderSort;
  onSort: (sort: OrderSort) => void;
  selection: Selection;
  onSelection: (next: Selection) => void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
}) {
  const columns = useOrderColumns(index);
  const virtualItems = virtualizer.getVirtualItems();
  const items = useMemo(
    () => virtualItems.filter((item) => item.index < visible.length),
    [virtualItems, visible],
  );
  const data = useMemo(() => items.map((item) => visible[item.index]!), [items, visible]);
  const sorting = useMemo(() => sortingFromOrderSort(sort), [sort]);
  const rowSelection = useMemo(
    () =>
      rowSelectionOf(
        selection,
        data.map((entry) => entry.order.id),
      ),
    [selection, data],
  );
  const onRowSelection = (updater: Updater<RowSelectionState>): void => {
    const after = functionalUpdate(updater, rowSelection);
    onSelection(
      applyRowSelection(selection, rowSelection, after, () => visible.map((entry) => entry.order.id)),
    );
  };
  const table = useReactTable<OrderSearchEntry>({
    columns,
    data: data,
    getRowId: (entry) => entry.order.id,
    state: { sorting, rowSelection },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: true,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = orderSortFromSorting(functionalUpdate(updater, sorting));
      if (next) onSort(next);
    },
    enableRowSelection: true,
    onRowSelectionChange: onRowSelection,
    getCoreRowModel: getCoreRowModel(),
  });
  /** Ticks or unticks one order, also one outside the window (the keyboard cursor's, `x`). */
  const toggle = (id: string): void =>
    table.setRowSelection((old) => ({ ...old, [id]: !isSelected(selection, id) }));
  return { table, items, toggle };
}
