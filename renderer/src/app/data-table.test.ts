import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type ColumnDef } from './data-table';

type Item = { id: string; name: string; qty: number };

const columns: ColumnDef<Item, unknown>[] = [
  { id: 'name', header: 'Name', accessorFn: (item) => item.name, enableSorting: true },
  { id: 'qty', header: 'Qty', meta: { className: 'num' }, cell: ({ row }) => row.original.qty },
];

const items: Item[] = [
  { id: 'b', name: 'Beta', qty: 2 },
  { id: 'a', name: 'Alpha', qty: 10 },
];

function render(props: Partial<Parameters<typeof DataTable<Item>>[0]>): string {
  return renderToStaticMarkup(
    createElement(DataTable<Item>, {
      testId: 'things',
      columns,
      data: items,
      getRowId: (item) => item.id,
      ...props,
    }),
  );
}

describe('DataTable', () => {
  it('renders one row per item with the row attributes and column classes', () => {
    const html = render({ rowAttributes: (item) => ({ className: 'x', 'data-testid': `row-${item.id}` }) });
    expect(html).toContain('data-testid="things"');
    expect(html).toContain('<tr class="x" data-testid="row-b"><td>Beta</td><td class="num">2</td></tr>');
    expect(html).toContain('<th class="num">Qty</th>');
    expect(html.indexOf('row-b')).toBeLessThan(html.indexOf('row-a'));
  });

  it('shows the loading text over the whole width instead of rows', () => {
    const html = render({ loading: 'Loading…' });
    expect(html).toContain('<td colSpan="2" class="muted">Loading…</td>');
    expect(html).not.toContain('Beta');
  });

  it('shows the empty text only when there are no items', () => {
    expect(render({ data: [], emptyText: 'Nothing here' })).toContain('Nothing here');
    expect(render({ emptyText: 'Nothing here' })).not.toContain('Nothing here');
  });

  it('sorts by a sortable column and marks its header for assistive technology', () => {
    const html = render({ initialSorting: [{ id: 'name', desc: false }] });
    expect(html.indexOf('Alpha')).toBeLessThan(html.indexOf('Beta'));
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain('<th class="num">Qty</th>');
    expect(html).not.toContain('aria-sort="none"');
    const desc = render({ initialSorting: [{ id: 'name', desc: true }] });
    expect(desc.indexOf('Beta')).toBeLessThan(desc.indexOf('Alpha'));
    expect(desc).toContain('aria-sort="descending"');
  });

  it('ticks the rows the page has selected, through TanStack row selection', () => {
    const tick: ColumnDef<Item, unknown> = {
      id: 'select',
      cell: ({ row }) =>
        createElement('input', {
          type: 'checkbox',
          checked: row.getIsSelected(),
          onChange: row.getToggleSelectedHandler(),
          'aria-label': row.original.name,
        }),
    };
    const html = render({
      columns: [tick, ...columns],
      selection: { state: { a: true }, onChange: () => undefined },
    });
    expect(html).toContain('<input type="checkbox" aria-label="Alpha" checked=""/>');
    expect(html).toContain('<input type="checkbox" aria-label="Beta"/>');
  });

  it('puts a full-width panel row under the rows that have one', () => {
    const html = render({
      className: 'queue',
      label: 'Queue',
      rowAttributes: (item) => ({ 'data-testid': `row-${item.id}`, 'data-name': item.name }),
      renderPanel: (item) => (item.id === 'a' ? createElement('form', null, 'Resolve Alpha') : null),
    });
    expect(html).toContain('<table class="queue" data-testid="things" aria-label="Queue">');
    expect(html).toContain('data-name="Alpha"');
    expect(html).toContain(
      '<td class="num">10</td></tr><tr class="panel-row"><td colSpan="2"><form>Resolve Alpha</form></td></tr>',
    );
    expect(html.match(/panel-row/g)).toHaveLength(1);
  });

  it('renders a table without a class when given none', () => {
    expect(render({ className: '' })).toMatch(/^<table data-testid="things">/);
  });
});
