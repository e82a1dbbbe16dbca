import { useId, useState } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

const SHOWN = 8;

function matches(product: Product, query: string): boolean {
  const q = query.trim().toLowerCase();
  const digits = q.replace(/\D/g, '');
  return (
    product.name.toLowerCase().includes(q) ||
    product.sku.toLowerCase().includes(q) ||
    (digits.length >= 4 && (product.gtin ?? '').includes(digits))
  );
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
  const found =
    query.trim() === '' ? [] : products.filter((product) => matches(product, query)).slice(0, SHOWN);
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
