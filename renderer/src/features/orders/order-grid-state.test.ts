import { describe, expect, it } from 'vitest';
import {
  createColumnHelper,
  createTable,
  functionalUpdate,
  getCoreRowModel,
  type RowSelectionState,
} from '@tanstack/react-table';
import type { OrderSort } from '../../../../shared/domain/order/order-search';
import {
  applyRowSelection,
  orderSortFromSorting,
  rowSelectionOf,
  sortingFromOrderSort,
} from './order-grid-state';
import type { Selection } from './order-list-search';

const all = ['a', 'b', 'c', 'd'];
const ids = (selection: Selection): string[] =>
  selection.mode === 'all' ? ['all'] : [...selection.ids].sort();

describe('order grid sorting', () => {
  it('maps the index sort to TanStack sorting and back', () => {
    const sort: OrderSort = { key: 'total', direction: 'asc' };
    expect(sortingFromOrderSort(sort)).toEqual([{ id: 'total', desc: false }]);
    expect(orderSortFromSorting(sortingFromOrderSort(sort))).toEqual(sort);
    expect(orderSortFromSorting([{ id: 'select', desc: true }])).toBeUndefined();
    expect(orderSortFromSorting([])).toBeUndefined();
  });

  it('a header press on a TanStack table starts a new column descending and flips the current one', () => {
    const column = createColumnHelper<{ id: string }>();
    let sort: OrderSort = { key: 'createdAt', direction: 'desc' };
    const table = createTable<{ id: string }>({
      columns: [column.accessor('id', { id: 'createdAt' }), column.accessor('id', { id: 'total' })],
      data: [],
      getCoreRowModel: getCoreRowModel(),
      manualSorting: true,
      enableMultiSort: false,
      enableSortingRemoval: false,
      sortDescFirst: true,
      state: {},
      onStateChange: () => {},
      renderFallbackValue: null,
      onSortingChange: (updater) => {
        const next = orderSortFromSorting(functionalUpdate(updater, sortingFromOrderSort(sort)));
        if (next) sort = next;
      },
    });
    const press = (id: string): OrderSort => {
      table.setOptions((prev) => ({
        ...prev,
        state: { ...table.initialState, sorting: sortingFromOrderSort(sort) },
      }));
      table.getColumn(id)!.toggleSorting(undefined, false);
      return sort;
    };
    expect(press('total')).toEqual({ key: 'total', direction: 'desc' });
    expect(press('total')).toEqual({ key: 'total', direction: 'asc' });
    expect(press('total')).toEqual({ key: 'total', direction: 'desc' });
    expect(press('createdAt')).toEqual({ key: 'createdAt', direction: 'desc' });
  });
});

describe('order grid selection', () => {
  it('shows every window row as ticked in "all matching" mode, else the ticked ids', () => {
    expect(rowSelectionOf({ mode: 'all' }, ['a', 'b'])).toEqual({ a: true, b: true });
    expect(rowSelectionOf({ mode: 'ids', ids: new Set(['z']) }, ['a', 'b'])).toEqual({ z: true });
  });

  it('ticks and unticks ids (removed keys and false values both untick)', () => {
    const start: Selection = { mode: 'ids', ids: new Set(['a']) };
    const before: RowSelectionState = rowSelectionOf(start, ['a', 'b']);
    expect(ids(applyRowSelection(start, before, { a: true, b: true }, () => all))).toEqual(['a', 'b']);
    expect(ids(applyRowSelection(start, before, {}, () => all))).toEqual([]);
    expect(ids(applyRowSelection(start, before, { a: false }, () => all))).toEqual([]);
    expect(applyRowSelection(start, before, { a: true }, () => all)).toBe(start);
  });

  it('unticking one row of "all matching" keeps every other matching order', () => {
    const start: Selection = { mode: 'all' };
    const before = rowSelectionOf(start, ['b', 'c']);
    expect(ids(applyRowSelection(start, before, { c: true }, () => all))).toEqual(['a', 'c', 'd']);
    // an order outside the window (the keyboard cursor's) unticks as well
    expect(ids(applyRowSelection(start, before, { ...before, d: false }, () => all))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(applyRowSelection(start, before, before, () => all)).toBe(start);
  });
});
