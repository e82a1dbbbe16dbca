import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { OrderItemException } from '../../../../shared/schemas/order-exception';
import { displayGtin } from '../../../../shared/domain/exceptions/gtin';
import { useData } from '../../data/data-context';
import { searchCatalog, useCatalog } from './exception-queries';
import { resolveAllWithGtin, resolveOne } from './exception-mutations';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import {
  canResolve,
  emptyResolveDraft,
  resolveDraftSchema,
  type ResolveDraft,
  type ResolveRequest,
} from './resolve-schema';

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
  const { register, handleSubmit, setValue, watch, formState } = useForm<
    ResolveDraft,
    unknown,
    ResolveRequest
  >({
    defaultValues: emptyResolveDraft,
    resolver: zodResolver(resolveDraftSchema),
  });
  const [error, setError] = useState<string | null>(null);
  const results = useMemo(() => searchCatalog(catalog, query), [catalog, query]);
  const chosen = watch('product');
  const blocked = !canResolve(watch()) || formState.isSubmitting;

  const run = (all: boolean) =>
    handleSubmit(async ({ product, remember }) => {
      const outcome = all
        ? await resolveAllWithGtin(data, exception, product, remember, sameGtinCount)
        : await resolveOne(data, exception, product, remember);
      if (outcome.ok) onDone();
      else setError(errorText(outcome.error));
    });

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
            setValue('product', null);
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
              onClick={() => setValue('product', product)}
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
        <input type="checkbox" {...register('remember')} />
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
          disabled={blocked}
          title={chosen ? undefined : t('resolvePanel.choose')}
          onClick={(event) => void run(false)(event)}
        >
          {t('resolvePanel.resolve')}
        </button>
        {sameGtinCount > 1 && (
          <button type="button" disabled={blocked} onClick={(event) => void run(true)(event)}>
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
