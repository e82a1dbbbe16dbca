import { useId, useState } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

const SHOWN = 8;

/** How well a product matches (0 best: exact SKU or GTIN), or undefined for no match. */
function rank(product: Product, query: string): number | undefined {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\D/g, '');
  const sku = product.sku.toLowerCase();
  const name = product.name.toLowerCase();
  const gtin = product.gtin ?? '';
  if (sku === q || (digits.length >= 8 && gtin.endsWith(digits))) return 0;
  if (sku.startsWith(q) || name.startsWith(q)) return 1;
  if (name.includes(q) || sku.includes(q) || (digits.length >= 4 && gtin.includes(digits))) return 2;
  return undefined;
}

/** The best matches, best first. */
export function searchProducts(products: readonly Product[], query: string): Product[] {
  if (query.trim() === '') return [];
  return products
    .flatMap((product) => {
      const score = rank(product, query);
      return score === undefined ? [] : [{ product, score }];
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, SHOWN)
    .map(({ product }) => product);
}

/** Searches the replicated catalog (offline too) and adds a product with one click or Enter. */
export function ProductSearch({
  products,
  currency,
  onAdd,
}: {
  products: readonly Product[];
  currency: string;
  onAdd: (product: Product) => void;
}) {
  const t = useT('manualOrders');
  const fmt = useFormat();
  const [query, setQuery] = useState('');
  const id = useId();
  const found = searchProducts(products, query);
  return (
    <div className="product-search">
      <label htmlFor={id}>{t('products.search')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('products.searchPlaceholder')}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = found[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            onAdd(first);
            setQuery('');
          }
        }}
      />
      {query.trim() !== '' && found.length === 0 && (
        <p className="muted">{t('products.noMatch', { query })}</p>
      )}
      {found.length > 0 && (
        <ul className="search-results" data-testid="product-results">
          {found.map((product) => (
            <li key={product.id}>
              <span>
                {product.name}{' '}
                <span className="muted">
                  · {product.sku} · {fmt.money(product.priceNet, currency)} ·{' '}
                  {t('products.available', { count: product.stock.available })}
                </span>
              </span>
              <button
                type="button"
                aria-label={t('products.addNamed', { name: product.name })}
                onClick={() => onAdd(product)}
              >
                {t('products.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
