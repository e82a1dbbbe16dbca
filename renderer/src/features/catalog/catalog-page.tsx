import { useDeferredValue, useState } from 'react';
import type { Product } from '../../../../shared/schemas/product';
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
        <table className="admin-table" data-testid="catalog-table">
          <thead>
            <tr>
              <th>{t('catalog.name')}</th>
              <th>{t('catalog.sku')}</th>
              <th>{t('catalog.gtin')}</th>
              <th className="num">{t('catalog.netPrice')}</th>
              <th>{t('catalog.vat')}</th>
              <th className="num">{t('catalog.onHand')}</th>
              <th className="num">{t('catalog.available')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {products.isPending && (
              <tr>
                <td colSpan={8} className="muted">
                  {t('catalog.loading')}
                </td>
              </tr>
            )}
            {!products.isPending && items.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  {t('catalog.empty', { query: q })}
                </td>
              </tr>
            )}
            {items.map((product) => (
              <tr key={product.id} data-testid={`product-row-${product.sku}`}>
                <td>{product.name}</td>
                <td className="mono">{product.sku}</td>
                <td className="mono">{product.gtin ?? '—'}</td>
                <td className="num">{fmt.money(product.priceNet, currency)}</td>
                <td>{label('vatCategory', product.vatCategory)}</td>
                <td className="num">{product.stock.onHand}</td>
                <td className="num">{product.stock.available}</td>
                <td className="cell-actions">
                  <button type="button" className="link" onClick={() => setEditing(product)}>
                    {t('catalog.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
