import { useMemo, useState } from 'react';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import type { Product } from '../../../../shared/schemas/product';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { formatMoney } from '../../../../shared/money';
import { useData } from '../../data/data-context';
import { searchCatalog, useCatalog } from './exception-queries';
import { resolveAllWithGtin, resolveOne } from './exception-mutations';

interface Props {
  exception: OrderItemException;
  /** Open exceptions (this one included) with the same GTIN and no command waiting. */
  sameGtinCount: number;
  onDone: () => void;
}

/** Search the local catalog by GTIN, SKU or name; resolve this item or every item with its GTIN. */
export function ResolvePanel({ exception, sameGtinCount, onDone }: Props) {
  const data = useData();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Product | null>(null);
  const [remember, setRemember] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const results = useMemo(() => searchCatalog(catalog, query), [catalog, query]);

  const run = async (all: boolean): Promise<void> => {
    if (!chosen) return;
    const outcome = all
      ? await resolveAllWithGtin(data, exception, chosen, remember, sameGtinCount)
      : await resolveOne(data, exception, chosen, remember);
    if (outcome.ok) onDone();
    else setError(outcome.error.message);
  };

  return (
    <div className="dialog resolve-panel" data-testid="resolve-panel">
      <label>
        Catalog product
        <input
          type="search"
          autoFocus
          placeholder="Search GTIN, SKU or name"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
          }}
        />
      </label>
      {query.trim() !== '' && results.length === 0 && <span className="muted">No product matches.</span>}
      <ul className="pick-list" role="listbox" aria-label="Matching products">
        {results.map((product) => (
          <li key={product.id}>
            <button
              type="button"
              role="option"
              aria-selected={chosen?.id === product.id}
              className={chosen?.id === product.id ? 'picked' : ''}
              onClick={() => setChosen(product)}
            >
              <span className="strong">{product.sku}</span> {product.name}
              <span className="muted">
                {' '}
                · {product.gtin ? displayGtin(product.gtin) : 'no GTIN'} ·{' '}
                {formatMoney(product.priceNet, exception.currency)} · {product.stock.available} available
              </span>
            </button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        Remember mapping for {exception.marketplace}
      </label>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!chosen} onClick={() => void run(false)}>
          Resolve
        </button>
        {sameGtinCount > 1 && (
          <button type="button" disabled={!chosen} onClick={() => void run(true)}>
            Resolve all {sameGtinCount} with this GTIN
          </button>
        )}
        <button type="button" className="link" onClick={onDone}>
          Close
        </button>
      </div>
    </div>
  );
}
