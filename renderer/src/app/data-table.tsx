import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from '@tanstack/react-table';
import { useState, type HTMLAttributes, type ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // Type parameters must match TanStack's own declaration for the merge to apply.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class for the header and every cell of the column (`num`, `mono`, `cell-actions`). */
    className?: string;
  }
}

export type { ColumnDef } from '@tanstack/react-table';

/** Attributes one body row gets (test id, class for inactive rows). */
export type RowAttributes = Pick<HTMLAttributes<HTMLTableRowElement>, 'className'> & {
  'data-testid'?: string;
};

/**
 * A plain admin table on TanStack Table: column definitions in, `<table>` out.
 * A message row stands in for the body while loading or when there is nothing to show;
 * columns with `enableSorting: true` sort on the client when their header is pressed.
 */
export function DataTable<T>({
  columns,
  data,
  getRowId,
  rowAttributes,
  testId,
  loading,
  emptyText,
  initialSorting = [],
}: {
  columns: ColumnDef<T, unknown>[];
  data: readonly T[] | undefined;
  getRowId: (row: T) => string;
  rowAttributes?: (row: T) => RowAttributes;
  testId: string;
  /** Text shown while the data is loading (then `data` is ignored). */
  loading?: string | false;
  /** Text shown when `data` is empty; without it an empty table shows only its header. */
  emptyText?: string;
  initialSorting?: SortingState;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useReactTable<T>({
    columns,
    data: (data ?? []) as T[],
    getRowId: (row) => getRowId(row),
    state: { sorting },
    onSortingChange: setSorting,
    defaultColumn: { enableSorting: false },
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const width = table.getVisibleLeafColumns().length;
  const message: ReactNode = loading ? loading : data?.length === 0 ? emptyText : undefined;
  return (
    <table className="admin-table" data-testid={testId}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const content = header.isPlaceholder
                ? null
                : flexRender(header.column.columnDef.header, header.getContext());
              return (
                <th
                  key={header.id}
                  className={header.column.columnDef.meta?.className}
                  aria-sort={
                    header.column.getCanSort()
                      ? sorted === 'asc'
                        ? 'ascending'
                        : sorted === 'desc'
                          ? 'descending'
                          : 'none'
                      : undefined
                  }
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="link sort-header"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {content}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  ) : (
                    content
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {message ? (
          <tr>
            <td colSpan={width} className="muted">
              {message}
            </td>
          </tr>
        ) : (
          table.getRowModel().rows.map((row) => (
            <tr key={row.id} {...rowAttributes?.(row.original)}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
