import { useState, type FormEvent } from 'react';
import type { Product } from '../../../../shared/schemas/product';
import { vatCategorySchema } from '../../../../shared/schemas/common';
import { describeError } from '../../data/admin-api';
import { useUpdateProduct } from './mutations';
import { changeOf, draftOf, type ProductDraft } from './product-form';

const vatLabels = {
  standard: 'Standard',
  reduced: 'Reduced',
  super_reduced: 'Super-reduced',
  zero: 'Zero',
} as const;

/** Edits one product: name, net price, VAT category, and a stock change with its reason. */
export function ProductEditor({ product, onDone }: { product: Product; onDone: (message: string) => void }) {
  const [draft, setDraft] = useState<ProductDraft>(() => draftOf(product));
  const [invalid, setInvalid] = useState<string | undefined>();
  const update = useUpdateProduct();
  const set = (patch: Partial<ProductDraft>): void => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const change = changeOf(product, draft);
    if (typeof change === 'string') {
      setInvalid(change);
      return;
    }
    setInvalid(undefined);
    update.mutate({ id: product.id, change }, { onSuccess: (saved) => onDone(`Saved ${saved.name}.`) });
  };
  return (
    <form className="card form-card" aria-label={`Edit ${product.name}`} onSubmit={submit}>
      <h3>
        {product.name} <span className="muted mono">{product.sku}</span>
      </h3>
      <div className="form-grid">
        <label>
          Name
          <input value={draft.name} onChange={(event) => set({ name: event.target.value })} required />
        </label>
        <label>
          Net price
          <input
            inputMode="decimal"
            value={draft.price}
            onChange={(event) => set({ price: event.target.value })}
          />
        </label>
        <label>
          VAT category
          <select
            value={draft.vatCategory}
            onChange={(event) => set({ vatCategory: vatCategorySchema.parse(event.target.value) })}
          >
            {vatCategorySchema.options.map((category) => (
              <option key={category} value={category}>
                {vatLabels[category]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stock change (on hand {product.stock.onHand})
          <input
            inputMode="numeric"
            placeholder="e.g. -2 or 10"
            value={draft.stockDelta}
            onChange={(event) => set({ stockDelta: event.target.value })}
          />
        </label>
        <label className="wide">
          Reason for the stock change
          <input
            placeholder="e.g. Stocktake, damaged in storage"
            value={draft.reason}
            onChange={(event) => set({ reason: event.target.value })}
          />
        </label>
      </div>
      {(invalid ?? update.error) && (
        <p className="error" role="alert">
          {invalid ?? describeError(update.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          Save
        </button>
        <button type="button" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
