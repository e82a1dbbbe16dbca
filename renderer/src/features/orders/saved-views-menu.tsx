import { useState } from 'react';
import type { OrderSort } from '../../../../shared/domain/order/order-search';
import { filtersToStrings, loadSavedViews, storeSavedViews, type SavedView } from './saved-views';
import { parseFilters, type RawFilters } from './use-order-list';

/** Lists, applies, saves and deletes the named views stored on this workstation. */
export function SavedViewsMenu({
  raw,
  query,
  sort,
  onApply,
}: {
  raw: RawFilters;
  query: string;
  sort: OrderSort;
  onApply: (raw: RawFilters, query: string, sort: OrderSort) => void;
}) {
  const [views, setViews] = useState<SavedView[]>(() => loadSavedViews());
  const update = (next: SavedView[]): void => {
    storeSavedViews(next);
    setViews(next);
  };
  const save = (): void => {
    const name = window.prompt('Name of this view')?.trim();
    if (!name) return;
    const view: SavedView = { name: name.slice(0, 60), filters: parseFilters({ ...raw, q: query }), sort };
    update([...views.filter((v) => v.name !== view.name), view]);
  };
  const apply = (name: string): void => {
    const view = views.find((v) => v.name === name);
    if (!view) return;
    const { q = '', ...rest } = filtersToStrings(view.filters);
    onApply(rest, q, view.sort);
  };
  return (
    <span className="saved-views" data-testid="saved-views">
      <select aria-label="Saved views" value="" onChange={(e) => apply(e.target.value)}>
        <option value="">Saved views ({views.length})</option>
        {views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={save}>
        Save view
      </button>
      {views.length > 0 && (
        <select
          aria-label="Delete saved view"
          value=""
          onChange={(e) => e.target.value && update(views.filter((v) => v.name !== e.target.value))}
        >
          <option value="">Delete view…</option>
          {views.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
