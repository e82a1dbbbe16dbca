import { useState } from 'react';
import type { ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { methodInputOf, type ShippingMethodDraft } from './shipping-method-form';
import { PriceRuleFields } from './price-rule-fields';
import { useT } from '../../i18n/use-t';

/** Create/edit form of a shipping method; `onSave` returns an error text or null. */
export function ShippingMethodEditor({
  title,
  initial,
  onSave,
  onCancel,
}: {
  title: string;
  initial: ShippingMethodDraft;
  onSave: (input: ShippingMethodInput) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT('shipping');
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const change = (patch: Partial<ShippingMethodDraft>): void =>
    setDraft((current) => ({ ...current, ...patch }));
  const save = async (): Promise<void> => {
    const checked = methodInputOf(draft);
    if (!checked.ok) return setProblems(checked.problems);
    setSaving(true);
    const error = await onSave(checked.input);
    setSaving(false);
    setProblems(error ? [error] : []);
  };
  return (
    <form
      className="card method-editor"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{title}</h3>
      <div className="method-fields">
        <label>
          {t('editor.name')}
          <input value={draft.name} onChange={(e) => change({ name: e.target.value })} />
        </label>
        <label>
          {t('editor.carrier')}
          <input
            value={draft.carrier}
            placeholder="DHL"
            onChange={(e) => change({ carrier: e.target.value })}
          />
        </label>
        <label>
          {t('editor.countries')}
          <input
            value={draft.countries}
            placeholder="DE, AT, FR"
            onChange={(e) => change({ countries: e.target.value })}
          />
        </label>
        <label className="wide">
          {t('editor.tracking')}
          <input
            value={draft.trackingUrlTemplate}
            placeholder="https://carrier.example/track?n={tracking}"
            onChange={(e) => change({ trackingUrlTemplate: e.target.value })}
          />
        </label>
      </div>
      <PriceRuleFields draft={draft} onChange={change} />
      <label className="inline">
        <input
          type="checkbox"
          checked={draft.active}
          onChange={(e) => change({ active: e.target.checked })}
        />{' '}
        {t('editor.activeHint')}
      </label>
      {problems.length > 0 && (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="row-actions">
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('editor.saving') : t('editor.save')}
        </button>
      </div>
    </form>
  );
}
