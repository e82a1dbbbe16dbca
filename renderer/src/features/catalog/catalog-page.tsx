import { useDeferredValue, useState } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { formatMoney } from '../../../../shared/money';
import { describeError } from '../../data/admin-api';
import { ProductEditor } from './product-editor';
import { useProducts } from './queries';

/** Admin screen: the catalog with search (name, SKU, GTIN), price/VAT edits and stock adjustments. */
export function CatalogPage({ currency }: { currency: string }) {
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search);
  const products = useProducts(q);
  const [editing, setEditing] = useState<Product | undefined>();
  const [message, setMessage] = useState('');
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="page admin-page" data-testid="catalog-page">
      <div className="toolbar">
        <h1>Catalog</h1>
        <input
          type="search"
          aria-label="Search products"
          placeholder="Search name, SKU or GTIN"
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
          {describeError(products.error)}
        </p>
      )}
      <div className="card flush">
        <table className="admin-table" data-testid="catalog-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>SKU</th>
              <th>GTIN</th>
              <th className="num">Net price</th>
              <th>VAT</th>
              <th className="num">On hand</th>
              <th className="num">Available</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {products.isPending && (
              <tr>
                <td colSpan={8} className="muted">
                  Loading products…
                </td>
              </tr>
            )}
            {!products.isPending && items.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  No products match “{q}”.
                </td>
              </tr>
            )}
            {items.map((product) => (
              <tr key={product.id} data-testid={`product-row-${product.sku}`}>
                <td>{product.name}</td>
                <td className="mono">{product.sku}</td>
                <td className="mono">{product.gtin ?? '—'}</td>
                <td className="num">{formatMoney(product.priceNet, currency)}</td>
                <td>{product.vatCategory.replace('_', '-')}</td>
                <td className="num">{product.stock.onHand}</td>
                <td className="num">{product.stock.available}</td>
                <td className="cell-actions">
                  <button type="button" className="link" onClick={() => setEditing(product)}>
                    Edit
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
          Load more
        </button>
      )}
    </section>
  );
}
