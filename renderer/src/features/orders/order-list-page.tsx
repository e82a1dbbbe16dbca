import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { BulkAction } from '../../../../shared/domain/order/bulk-actions';
import { statusTargetsForAll } from '../../../../shared/domain/order/status-machine';
import type { Order } from '../../../../shared/schemas/order';
import { useNavigate } from '@tanstack/react-router';
import { BulkActionBar } from '../bulk/bulk-action-bar';
import { BulkProgressPanel } from '../bulk/bulk-progress';
import { useBulkRun } from '../bulk/use-bulk-run';
import { ExportDialog } from '../export/export-dialog';
import { useT } from '../../i18n/use-t';
import { OrderFilterBar } from './order-filter-bar';
import { OrderTable } from './order-table';
import { SavedViewsMenu } from './saved-views-menu';
import { ShortcutHelp } from './shortcut-help';
import { useListShortcuts } from './use-list-shortcuts';
import { useOrderIndex } from './use-order-index';
import { emptySelection, selectedIds, useOrderList, useOrderSelection } from './use-order-list';
import { useOrderGrid } from './use-order-grid';
import { NewOrderLink } from '../manual-orders/new-order-link';

/**
 * The index version the list filters by: held while a bulk run queues its chunks (online, each pushed
 * chunk changes the index, and re-filtering 10,000 orders per chunk made the run slow), taken once
 * when the run's commands are shown (`shown` changes), and the latest again when the run ends.
 */
function useSettledVersion(version: number, holding: boolean, shown: number): number {
  const settled = useRef(version);
  const shownSeen = useRef(shown);
  if (!holding || shownSeen.current !== shown) settled.current = version;
  shownSeen.current = shown;
  return settled.current;
}

/** Every local order (100,000 stay fast): filters, search, sort, saved views, selection, bulk actions, export. */
export function OrderListPage() {
  const { index, version, ready } = useOrderIndex();
  const bulk = useBulkRun(index);
  const list = useOrderList(index, useSettledVersion(version, bulk.running, bulk.shown));
  const t = useT('orders');
  const navigate = useNavigate();
  const { visible } = list;
  const [selection, setSelection] = useOrderSelection();
  const [cursor, setCursor] = useState(0);
  const [help, setHelp] = useState(false);
  const [exporting, setExporting] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 40,
    overscan: 12,
  });
  const grid = useOrderGrid({
    index,
    visible,
    sort: list.sort,
    onSort: list.setSort,
    selection,
    onSelection: setSelection,
    virtualizer,
  });
  const selectedCount = selection.mode === 'all' ? visible.length : selection.ids.size;
  const statusTargets = useMemo(
    () => statusTargetsForAll(selectedIds(selection, visible).flatMap((id) => index.get(id) ?? [])),
    [selection, visible, index],
  );
  const changeFilters = (apply: () => void): void => {
    apply();
    setSelection(emptySelection);
    setCursor(0);
  };
  const at = (i: number): Order | undefined => visible[i]?.order;

  useListShortcuts({
    focusSearch: () => searchRef.current?.focus(),
    move: (delta) => {
      const next = Math.max(0, Math.min(visible.length - 1, cursor + delta));
      setCursor(next);
      virtualizer.scrollToIndex(next);
    },
    open: () => {
      const order = at(cursor);
      if (order) void navigate({ to: '/orders/$orderId', params: { orderId: order.id } });
    },
    toggle: () => {
      const order = at(cursor);
      if (order) grid.toggle(order.id);
    },
    selectAll: () => setSelection({ mode: 'all' }),
    clear: () => setSelection(emptySelection),
    help: () => setHelp((shown) => !shown),
  });

  const startBulk = (action: BulkAction, description: string, ids?: readonly string[]): void => {
    bulk.start(ids ?? selectedIds(selection, visible), action, description);
  };
  const findOrderId = (number: string): string | undefined => {
    for (const entry of index.all()) if (entry.order.number === number) return entry.order.id;
    return undefined;
  };

  return (
    <section className="page order-list">
      <div className="toolbar">
        <h1>{t('list.title')}</h1>
        <NewOrderLink />
        <span className="muted" data-testid="order-count">
          {ready ? t('list.count', { shown: visible.length, total: index.size }) : t('list.loading')}
        </span>
        <SavedViewsMenu
          raw={list.raw}
          query={list.query}
          sort={list.sort}
          onApply={(raw, q, sort) => changeFilters(() => list.replace(raw, q, sort))}
        />
        <button type="button" onClick={() => setExporting(true)}>
          {t('list.export')}
        </button>
        <button type="button" aria-label={t('list.shortcuts')} onClick={() => setHelp((shown) => !shown)}>
          ?
        </button>
      </div>
      <OrderFilterBar
        filters={list.filters}
        query={list.query}
        searchRef={searchRef}
        onQuery={(q) => changeFilters(() => list.setQuery(q))}
        onPatch={(change) => changeFilters(() => list.patch(change))}
      />
      <div className="toolbar selection-bar" data-testid="selection-bar">
        <span data-testid="selection-count">
          {selection.mode === 'all'
            ? t('list.selectedAll', { count: selectedCount })
            : t('list.selected', { count: selectedCount })}
        </span>
        <button type="button" onClick={() => setSelection({ mode: 'all' })} disabled={visible.length === 0}>
          {t('list.selectAll', { count: visible.length })}
        </button>
        {selectedCount > 0 && (
          <button type="button" className="link" onClick={() => setSelection(emptySelection)}>
            {t('list.clear')}
          </button>
        )}
        {selectedCount > 0 && (
          <BulkActionBar
            count={selectedCount}
            disabled={bulk.running}
            statusTargets={statusTargets}
            onStart={startBulk}
            onIssueInvoices={() => bulk.startInvoices(selectedIds(selection, visible))}
            onPrintInvoices={() => bulk.startPrint(selectedIds(selection, visible))}
            findOrderId={findOrderId}
          />
        )}
      </div>
      {bulk.progress && (
        <BulkProgressPanel
          label={bulk.label}
          progress={bulk.progress}
          kind={bulk.kind}
          onCancel={bulk.cancel}
          onDismiss={bulk.dismiss}
        />
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      {exporting && (
        <ExportDialog
          selectedCount={selectedCount}
          selected={() => selectedIds(selection, visible).flatMap((id) => index.get(id) ?? [])}
          filtered={() => visible.map((entry) => entry.order)}
          onClose={() => setExporting(false)}
        />
      )}
      {ready && visible.length === 0 && (
        <div className="empty-state" data-testid="empty-state">
          <p>{index.size === 0 ? t('list.emptyNoOrders') : t('list.empty')}</p>
          {index.size > 0 && (
            <button type="button" onClick={() => changeFilters(() => list.replace({}, '', list.sort))}>
              {t('list.resetFilters')}
            </button>
          )}
        </div>
      )}
      <OrderTable
        table={grid.table}
        items={grid.items}
        rowCount={visible.length}
        cursor={cursor}
        onCursor={setCursor}
        scrollRef={scrollRef}
        virtualizer={virtualizer}
      />
    </section>
  );
}
