import type { ChangeEvent } from 'react';
import { useState } from 'react';
import type { OrderSort } from '../../../../shared/domain/order/order-search';
import { useT } from '../../i18n/use-t';
import { filtersToStrings, loadSavedViews, storeSavedViews, type SavedView } from './saved-views';
import { SaveViewDialog } from './save-view-dialog';
import { parseFilters, type RawFilters } from './use-order-list';
import { ChoiceSelect } from '../../forms/choice-select';

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
  const t = useT('orders');
  const [views, setViews] = useState<SavedView[]>(() => loadSavedViews());
  const [naming, setNaming] = useState(false);
  const update = (next: SavedView[]): void => {
    storeSavedViews(next);
    setViews(next);
  };
  const save = (name: string): void => {
    const view: SavedView = { name, filters: parseFilters({ ...raw, q: query }), sort };
    update([...views.filter((v) => v.name !== view.name), view]);
    setNaming(false);
  };
  const apply = (name: string): void => {
    const view = views.find((v) => v.name === name);
    if (!view) return;
    const { q = '', ...rest } = filtersToStrings(view.filters);
    onApply(rest, q, view.sort);
  };
  /** The delete select: choosing a view removes it, the select stays on its placeholder. */
  const deleteOnChoice = {
    value: '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) =>
      e.target.value && update(views.filter((v) => v.name !== e.target.value)),
  };
  return (
    <span className="saved-views" data-testid="saved-views">
      <select aria-label={t('views.label')} value="" onChange={(e) => apply(e.target.value)}>
        <option value="">{t('views.placeholder', { count: views.length })}</option>
        {views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => setNaming(true)}>
        {t('views.save')}
      </button>
      {views.length > 0 && (
        <ChoiceSelect
          aria-label={t('views.delete')}
          placeholder={t('views.deletePlaceholder')}
          choices={views.map((v) => ({ value: v.name, label: v.name }))}
          {...deleteOnChoice}
        />
      )}
      {naming && (
        <SaveViewDialog existing={views.map((v) => v.name)} onSave={save} onClose={() => setNaming(false)} />
      )}
    </span>
  );
}
