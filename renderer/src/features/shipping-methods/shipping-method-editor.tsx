import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import { methodDraftSchema, type MethodProblem, type ShippingMethodDraft } from './shipping-method-form';
import { PriceRuleFields, type FieldA11y } from './price-rule-fields';
import { useT } from '../../i18n/use-t';
import { fieldA11y } from '../../forms/field-a11y';

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
  const form = useForm<ShippingMethodDraft, unknown, ShippingMethodInput>({
    defaultValues: initial,
    resolver: zodResolver(methodDraftSchema),
    shouldFocusError: true,
  });
  const { register, handleSubmit, formState } = form;
  const [saveError, setSaveError] = useState<string | null>(null);
  const a11y: FieldA11y = fieldA11y(formState.errors, 'method', (problem) =>
    t(`invalid.${problem as MethodProblem}`),
  );
  const save = handleSubmit(async (input) => {
    setSaveError(await onSave(input));
  });
  const name = a11y('name');
  const carrier = a11y('carrier');
  const countries = a11y('countries');
  const tracking = a11y('trackingUrlTemplate');
  return (
    <form className="card method-editor" aria-label={title} noValidate onSubmit={(e) => void save(e)}>
      <h3>{title}</h3>
      <div className="method-fields">
        <label>
          {t('editor.name')}
          <input {...register('name')} aria-invalid={name.invalid} aria-describedby={name.describedBy} />
          {name.message}
        </label>
        <label>
          {t('editor.carrier')}
          <input
            {...register('carrier')}
            placeholder="DHL"
            aria-invalid={carrier.invalid}
            aria-describedby={carrier.describedBy}
          />
          {carrier.message}
        </label>
        <label>
          {t('editor.countries')}
          <input
            {...register('countries')}
            placeholder="DE, AT, FR"
            aria-invalid={countries.invalid}
            aria-describedby={countries.describedBy}
          />
          {countries.message}
        </label>
        <label className="wide">
          {t('editor.tracking')}
          <input
            {...register('trackingUrlTemplate')}
            placeholder="https://carrier.example/track?n={tracking}"
            aria-invalid={tracking.invalid}
            aria-describedby={tracking.describedBy}
          />
          {tracking.message}
        </label>
      </div>
      <PriceRuleFields form={form} a11y={a11y} />
      <label className="inline">
        <input type="checkbox" {...register('active')} /> {t('editor.activeHint')}
      </label>
      {saveError && (
        <p className="error" role="alert">
          {saveError}
        </p>
      )}
      <div className="row-actions">
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('editor.saving') : t('editor.save')}
        </button>
      </div>
    </form>
  );
}
