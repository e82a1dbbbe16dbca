import { useMemo, useState } from 'react';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import type { Product } from '../../../../shared/schemas/product';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { useData } from '../../data/data-context';
import { searchCatalog, useCatalog } from './exception-queries';
import { resolveAllWithGtin, resolveOne } from './exception-mutations';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

interface Props {
  exception: OrderItemException;
  /** Open exceptions (this one included) with the same GTIN and no command waiting. */
  sameGtinCount: number;
  onDone: () => void;
}

/** Search the local catalog by GTIN, SKU or name; resolve this item or every item with its GTIN. */
export function ResolvePanel({ exception, sameGtinCount, onDone }: Props) {
  const data = useData();
  const t = useT('exceptions');
  const common = useT('common');
  const fmt = useFormat();
  const errorText = useErrorText();
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
    else setError(errorText(outcome.error));
  };

  return (
    <div className="dialog resolve-panel" data-testid="resolve-panel">
      <label>
        {t('resolvePanel.product')}
        <input
          type="search"
          autoFocus
          placeholder={t('resolvePanel.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
          }}
        />
      </label>
      {query.trim() !== '' && results.length === 0 && (
        <span className="muted">{t('resolvePanel.noMatch')}</span>
      )}
      <ul className="pick-list" role="listbox" aria-label={t('resolvePanel.matches')}>
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
                · {product.gtin ? displayGtin(product.gtin) : t('resolvePanel.noGtin')} ·{' '}
                {fmt.money(product.priceNet, exception.currency)} ·{' '}
                {t('resolvePanel.available', { count: product.stock.available })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <label className="check">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        {t('resolvePanel.remember', { marketplace: exception.marketplace })}
      </label>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!chosen}
          title={chosen ? undefined : t('resolvePanel.choose')}
          onClick={() => void run(false)}
        >
          {t('resolvePanel.resolve')}
        </button>
        {sameGtinCount > 1 && (
          <button type="button" disabled={!chosen} onClick={() => void run(true)}>
            {t('resolvePanel.resolveAll', { count: sameGtinCount })}
          </button>
        )}
        <button type="button" className="link" onClick={onDone}>
          {common('action.close')}
        </button>
      </div>
    </div>
  );
}
