import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import type { PriceRule, ShippingMethodInput } from '../../../../shared/schemas/shipping-method';
import type { MethodField, ShippingMethodDraft } from './shipping-method-form';
import { useT } from '../../i18n/use-t';
import type { FieldState } from '../../forms/field-a11y';

const ruleKinds = ['flat', 'weight_bands', 'free_above'] as const satisfies readonly PriceRule['kind'][];

/** A field's error state: aria-invalid, the id of its sentence and the sentence itself. */
export type FieldA11y = (field: MethodField) => FieldState;

/** Price rule editor: kind, then a flat price, a free-from subtotal or weight bands. */
export function PriceRuleFields({
  form,
  a11y,
}: {
  form: UseFormReturn<ShippingMethodDraft, unknown, ShippingMethodInput>;
  a11y: FieldA11y;
}) {
  const t = useT('shipping');
  const { register, control } = form;
  const ruleKind = useWatch({ control, name: 'ruleKind' });
  const bands = useFieldArray({ control, name: 'bands' });
  const price = a11y('price');
  const freeFrom = a11y('freeFrom');
  const bandState = a11y('bands');
  return (
    <fieldset className="price-rule">
      <legend>{t('price.legend')}</legend>
      <label>
        {t('price.rule')}
        <select {...register('ruleKind')}>
          {ruleKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`price.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {ruleKind !== 'weight_bands' && (
        <label>
          {t('price.price')}
          <input
            inputMode="decimal"
            placeholder="4.95"
            {...register('price')}
            aria-invalid={price.invalid}
            aria-describedby={price.describedBy}
          />
          {price.message}
        </label>
      )}
      {ruleKind === 'free_above' && (
        <label>
          {t('price.freeFrom')}
          <input
            inputMode="decimal"
            placeholder="50.00"
            {...register('freeFrom')}
            aria-invalid={freeFrom.invalid}
            aria-describedby={freeFrom.describedBy}
          />
          {freeFrom.message}
        </label>
      )}
      {ruleKind === 'weight_bands' && (
        <div className="bands">
          {bands.fields.map((band, index) => (
            <div key={band.id} className="band">
              <label>
                {t('price.upTo')}
                <input
                  inputMode="decimal"
                  placeholder="2"
                  {...register(`bands.${index}.upToKg`)}
                  aria-invalid={bandState.invalid}
                  aria-describedby={bandState.describedBy}
                />
              </label>
              <label>
                {t('price.price')}
                <input
                  inputMode="decimal"
                  placeholder="4.95"
                  {...register(`bands.${index}.price`)}
                  aria-invalid={bandState.invalid}
                  aria-describedby={bandState.describedBy}
                />
              </label>
              <button
                type="button"
                className="link"
                disabled={bands.fields.length === 1}
                onClick={() => bands.remove(index)}
              >
                {t('price.remove')}
              </button>
            </div>
          ))}
          {bandState.message}
          <button type="button" onClick={() => bands.append({ upToKg: '', price: '' })}>
            {t('price.addBand')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
