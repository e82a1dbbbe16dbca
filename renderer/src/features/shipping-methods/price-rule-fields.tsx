import type { PriceRule } from '../../../../shared/schemas/shipping-method';
import type { BandDraft, ShippingMethodDraft } from './shipping-method-form';
import { useT } from '../../i18n/use-t';

const ruleKinds = ['flat', 'weight_bands', 'free_above'] as const satisfies readonly PriceRule['kind'][];

/** Price rule editor: kind, then a flat price, a free-from subtotal or weight bands. */
export function PriceRuleFields({
  draft,
  onChange,
}: {
  draft: ShippingMethodDraft;
  onChange: (patch: Partial<ShippingMethodDraft>) => void;
}) {
  const t = useT('shipping');
  const setBand = (index: number, patch: Partial<BandDraft>): void =>
    onChange({ bands: draft.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)) });
  return (
    <fieldset className="price-rule">
      <legend>{t('price.legend')}</legend>
      <label>
        {t('price.rule')}
        <select
          value={draft.ruleKind}
          onChange={(e) =>
            onChange({ ruleKind: ruleKinds.find((kind) => kind === e.target.value) ?? draft.ruleKind })
          }
        >
          {ruleKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`price.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {draft.ruleKind !== 'weight_bands' && (
        <label>
          {t('price.price')}
          <input
            inputMode="decimal"
            value={draft.price}
            placeholder="4.95"
            onChange={(e) => onChange({ price: e.target.value })}
          />
        </label>
      )}
      {draft.ruleKind === 'free_above' && (
        <label>
          {t('price.freeFrom')}
          <input
            inputMode="decimal"
            value={draft.freeFrom}
            placeholder="50.00"
            onChange={(e) => onChange({ freeFrom: e.target.value })}
          />
        </label>
      )}
      {draft.ruleKind === 'weight_bands' && (
        <div className="bands">
          {draft.bands.map((band, index) => (
            <div key={index} className="band">
              <label>
                {t('price.upTo')}
                <input
                  inputMode="decimal"
                  value={band.upToKg}
                  placeholder="2"
                  onChange={(e) => setBand(index, { upToKg: e.target.value })}
                />
              </label>
              <label>
                {t('price.price')}
                <input
                  inputMode="decimal"
                  value={band.price}
                  placeholder="4.95"
                  onChange={(e) => setBand(index, { price: e.target.value })}
                />
              </label>
              <button
                type="button"
                className="link"
                disabled={draft.bands.length === 1}
                onClick={() => onChange({ bands: draft.bands.filter((_, i) => i !== index) })}
              >
                {t('price.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => onChange({ bands: [...draft.bands, { upToKg: '', price: '' }] })}
          >
            {t('price.addBand')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
