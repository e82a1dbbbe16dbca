import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type RowData,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { Fragment, useState, type HTMLAttributes, type ReactNode } from 'react';

declare module '@tanstack/react-table' {
  // Type parameters must match TanStack's own declaration for the merge to apply.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Class for the header and every cell of the column (`num`, `mono`, `cell-actions`). */
    className?: string;
  }
}

export type { ColumnDef, RowSelectionState } from '@tanstack/react-table';

/** Attributes one body row gets (test id, class for inactive rows, keyboard and click for rows that open). */
export type RowAttributes = Pick<
  HTMLAttributes<HTMLTableRowElement>,
  'className' | 'tabIndex' | 'onClick' | 'onKeyDown'
> & {
  [data: `data-${string}`]: string | undefined;
};

/**
 * A header or cell template: text, or a render function called here, not mounted as a component
 * (TanStack's `flexRender` mounts it). Pages rebuild their columns on every render, so a mounted
 * function would be a new component type each time: every cell would remount and a pressed tick box
 * or button would lose the focus. Hooks therefore belong in components a cell returns, not in the cell.
 */
function renderTemplate<C>(
  template: string | ((context: C) => ReactNode) | undefined,
  context: C,
): ReactNode {
  return typeof template === 'function' ? template(context) : template;
}

/** Row selection kept by the page (TanStack's `{ [rowId]: true }`), for tables with tick boxes. */
export interface RowSelection {
  state: RowSelectionState;
  onChange: OnChangeFn<RowSelectionState>;
}

/**
 * A plain table on TanStack Table: column definitions in, `<table>` out.
 * A message row stands in for the body while loading or when there is nothing to show;
 * columns with `enableSorting: true` sort on the client when their header is pressed;
 * with `selection` the page's tick-box columns use TanStack's row selection;
 * `renderPanel` puts a full-width row (an inline form) under a row when it returns something.
 */
export function DataTable<T>({
  columns,
  data,
  getRowId,
  rowAttributes,
  testId,
  className = 'admin-table',
  label,
  loading,
  emptyText,
  initialSorting = [],
  selection,
  renderPanel,
}: {
  columns: ColumnDef<T, unknown>[];
  data: readonly T[] | undefined;
  getRowId: (row: T) => string;
  rowAttributes?: (row: T) => RowAttributes;
  testId?: string;
  className?: string;
  /** Accessible name of the table, for tables without a caption. */
  label?: string;
  /** Text shown while the data is loading (then `data` is ignored). */
  loading?: string | false;
  /** Text shown when `data` is empty; without it an empty table shows only its header. */
  emptyText?: string;
  initialSorting?: SortingState;
  selection?: RowSelection;
  renderPanel?: (row: T) => ReactNode;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useReactTable<T>({
    columns,
    data: (data ?? []) as T[],
    getRowId: (row) => getRowId(row),
    state: selection ? { sorting, rowSelection: selection.state } : { sorting },
    onSortingChange: setSorting,
    enableRowSelection: selection !== undefined,
    ...(selection && { onRowSelectionChange: selection.onChange }),
    defaultColumn: { enableSorting: false },
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const width = table.getVisibleLeafColumns().length;
  const message: ReactNode = loading ? loading : data?.length === 0 ? emptyText : undefined;
  return (
    <table className={className || undefined} data-testid={testId} aria-label={label}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              const content = header.isPlaceholder
                ? null
                : renderTemplate(header.column.columnDef.header, header.getContext());
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
          table.getRowModel().rows.map((row) => {
            const panel = renderPanel?.(row.original);
            return (
              <Fragment key={row.id}>
                <tr {...rowAttributes?.(row.original)}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                      {renderTemplate(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
                {panel !== undefined && panel !== null && panel !== false && (
                  <tr className="panel-row">
                    <td colSpan={width}>{panel}</td>
                  </tr>
                )}
              </Fragment>
            );
          })
        )}
      </tbody>
    </table>
  );
}
