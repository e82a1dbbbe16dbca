import type { PriceRule } from '../../../../shared/schemas/shipping-method';
import type { BandDraft, ShippingMethodDraft } from './shipping-method-form';

const ruleLabels: Record<PriceRule['kind'], string> = {
  flat: 'Flat price',
  weight_bands: 'By weight bands',
  free_above: 'Flat, free above a subtotal',
};

/** Price rule editor: kind, then a flat price, a free-from subtotal or weight bands. */
export function PriceRuleFields({
  draft,
  onChange,
}: {
  draft: ShippingMethodDraft;
  onChange: (patch: Partial<ShippingMethodDraft>) => void;
}) {
  const setBand = (index: number, patch: Partial<BandDraft>): void =>
    onChange({ bands: draft.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)) });
  return (
    <fieldset className="price-rule">
      <legend>Price</legend>
      <label>
        Price rule
        <select
          value={draft.ruleKind}
          onChange={(e) => onChange({ ruleKind: e.target.value as PriceRule['kind'] })}
        >
          {(Object.keys(ruleLabels) as PriceRule['kind'][]).map((kind) => (
            <option key={kind} value={kind}>
              {ruleLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      {draft.ruleKind !== 'weight_bands' && (
        <label>
          Price
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
          Free from subtotal
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
                Up to (kg)
                <input
                  inputMode="decimal"
                  value={band.upToKg}
                  placeholder="2"
                  onChange={(e) => setBand(index, { upToKg: e.target.value })}
                />
              </label>
              <label>
                Price
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
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() => onChange({ bands: [...draft.bands, { upToKg: '', price: '' }] })}
          >
            Add band
          </button>
        </div>
      )}
    </fieldset>
  );
}
