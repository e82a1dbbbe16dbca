import { useDeferredValue, useState } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { DataTable, type ColumnDef } from '../../app/data-table';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { ProductEditor } from './product-editor';
import { useProducts } from './queries';

/** Admin screen: the catalog with search (name, SKU, GTIN), price/VAT edits and stock adjustments. */
export function CatalogPage({ currency }: { currency: string }) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const products = useProducts(q);
  const [editing, setEditing] = useState<Product | undefined>();
  const [message, setMessage] = useState('');
  const t = useT('admin');
  const label = useEnumLabel();
  const fmt = useFormat();
  const errorText = useErrorText();
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const columns: ColumnDef<Product, unknown>[] = [
    { id: 'name', header: t('catalog.name'), cell: ({ row }) => row.original.name },
    { id: 'sku', header: t('catalog.sku'), meta: { className: 'mono' }, cell: ({ row }) => row.original.sku },
    {
      id: 'gtin',
      header: t('catalog.gtin'),
      meta: { className: 'mono' },
      cell: ({ row }) => row.original.gtin ?? '—',
    },
    {
      id: 'netPrice',
      header: t('catalog.netPrice'),
      meta: { className: 'num' },
      cell: ({ row }) => fmt.money(row.original.priceNet, currency),
    },
    {
      id: 'vat',
      header: t('catalog.vat'),
      cell: ({ row }) => label('vatCategory', row.original.vatCategory),
    },
    {
      id: 'onHand',
      header: t('catalog.onHand'),
      meta: { className: 'num' },
      cell: ({ row }) => row.original.stock.onHand,
    },
    {
      id: 'available',
      header: t('catalog.available'),
      meta: { className: 'num' },
      cell: ({ row }) => row.original.stock.available,
    },
    {
      id: 'actions',
      header: '',
      meta: { className: 'cell-actions' },
      cell: ({ row }) => (
        <button type="button" className="link" onClick={() => setEditing(row.original)}>
          {t('catalog.edit')}
        </button>
      ),
    },
  ];
  return (
    <section className="page admin-page" data-testid="catalog-page">
      <div className="toolbar">
        <h1>{t('catalog.title')}</h1>
        <input
          type="search"
          aria-label={t('catalog.search')}
          placeholder={t('catalog.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {message && (
          <span role="status" className="muted">
            {message}
          </span>
        )}
      </div>
      {editing && (
        <ProductEditor
          key={editing.id}
          product={editing}
          onDone={(text) => {
            setEditing(undefined);
            setMessage(text);
          }}
        />
      )}
      {products.error && (
        <p className="error" role="alert">
          {errorText(products.error)}
        </p>
      )}
      <div className="card flush">
        <DataTable
          testId="catalog-table"
          columns={columns}
          data={products.isPending ? undefined : items}
          getRowId={(product) => product.id}
          loading={products.isPending && t('catalog.loading')}
          emptyText={t('catalog.empty', { query: q })}
          rowAttributes={(product) => ({ 'data-testid': `product-row-${product.sku}` })}
        />
      </div>
      {products.hasNextPage && (
        <button
          type="button"
          disabled={products.isFetchingNextPage}
          onClick={() => void products.fetchNextPage()}
        >
          {t('catalog.loadMore')}
        </button>
      )}
    </section>
  );
}
