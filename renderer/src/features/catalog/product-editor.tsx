import { useState, type FormEvent } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { vatCategorySchema } from '../../../../shared/schemas/common';
import { useEnumLabel } from '../../i18n/enum-label';
import { useErrorText } from '../../i18n/error-text';
import { moneyInputValue, useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useUpdateProduct } from './mutations';
import { changeOf, draftOf, type ProductDraft } from './product-form';

/** Edits one product: name, net price, VAT category, and a stock change with its reason. */
export function ProductEditor({ product, onDone }: { product: Product; onDone: (message: string) => void }) {
  const [draft, setDraft] = useState<ProductDraft>(() => draftOf(product));
  const [invalid, setInvalid] = useState<string | undefined>();
  const update = useUpdateProduct();
  const t = useT('admin');
  const label = useEnumLabel();
  const fmt = useFormat();
  const errorText = useErrorText();
  const set = (patch: Partial<ProductDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const change = changeOf(product, draft);
    if ('problem' in change) {
      setInvalid(
        t(`catalog.problem.${change.problem}`, { example: moneyInputValue(1250, 'EUR', fmt.locale) }),
      );
      return;
    }
    setInvalid(undefined);
    update.mutate(
      { id: product.id, change },
      { onSuccess: (saved) => onDone(t('catalog.saved', { name: saved.name })) },
    );
  };
  return (
    <form
      className="card form-card"
      aria-label={t('catalog.editProduct', { name: product.name })}
      onSubmit={submit}
    >
      <h3>
        {product.name} <span className="muted mono">{product.sku}</span>
      </h3>
      <div className="form-grid">
        <label>
          {t('catalog.name')}
          <input value={draft.name} onChange={(event) => set({ name: event.target.value })} required />
        </label>
        <label>
          {t('catalog.netPrice')}
          <input
            inputMode="decimal"
            value={draft.price}
            onChange={(event) => set({ price: event.target.value })}
          />
        </label>
        <label>
          {t('catalog.vatCategory')}
          <select
            value={draft.vatCategory}
            onChange={(event) => set({ vatCategory: vatCategorySchema.parse(event.target.value) })}
          >
            {vatCategorySchema.options.map((category) => (
              <option key={category} value={category}>
                {label('vatCategory', category)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('catalog.stockChange', { onHand: product.stock.onHand })}
          <input
            inputMode="numeric"
            placeholder={t('catalog.stockPlaceholder')}
            value={draft.stockDelta}
            onChange={(event) => set({ stockDelta: event.target.value })}
          />
        </label>
        <label className="wide">
          {t('catalog.reason')}
          <input
            placeholder={t('catalog.reasonPlaceholder')}
            value={draft.reason}
            onChange={(event) => set({ reason: event.target.value })}
          />
        </label>
      </div>
      {(invalid ?? update.error) && (
        <p className="error" role="alert">
          {invalid ?? errorText(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {t('catalog.save')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('catalog.cancel')}
        </button>
      </div>
    </form>
  );
}
