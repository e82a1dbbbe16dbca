import { useT } from '../../i18n/use-t';
import { CountryPicker } from './country-picker';
import type { AddressDraft, FieldErrors } from './order-edit-form';

const fields: { key: Exclude<keyof AddressDraft, 'country'>; wide?: boolean; autoComplete: string }[] = [
  { key: 'name', wide: true, autoComplete: 'name' },
  { key: 'company', wide: true, autoComplete: 'organization' },
  { key: 'line1', wide: true, autoComplete: 'address-line1' },
  { key: 'line2', wide: true, autoComplete: 'address-line2' },
  { key: 'postalCode', autoComplete: 'postal-code' },
  { key: 'city', autoComplete: 'address-level2' },
];

/** The fields of one address with an error under each field the shared schema refused. */
export function AddressFields({
  legend,
  prefix,
  value,
  errors,
  disabled,
  onChange,
}: {
  legend: string;
  prefix: 'shippingAddress' | 'billingAddress';
  value: AddressDraft;
  errors: FieldErrors;
  disabled: boolean;
  onChange: (next: AddressDraft) => void;
}) {
  const t = useT('orders');
  const whole = errors[prefix];
  const countryError = errors[`${prefix}.country`];
  const countryErrorId = `${prefix}-country-error`;
  return (
    <fieldset className="address-fields" disabled={disabled}>
      <legend>{legend}</legend>
      {fields.map(({ key, wide, autoComplete }) => {
        const error = errors[`${prefix}.${key}`];
        const id = `${prefix}-${key}`;
        return (
          <label key={key} className={wide ? 'wide' : undefined}>
            {t(`address.${key}`)}
            <input
              value={value[key]}
              autoComplete={autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => onChange({ ...value, [key]: e.target.value })}
            />
            {error && (
              <span className="field-error" id={`${id}-error`}>
                {error}
              </span>
            )}
          </label>
        );
      })}
      <label>
        {t('address.country')}
        <CountryPicker
          value={value.country}
          invalid={countryError !== undefined}
          describedBy={countryError ? countryErrorId : undefined}
          onChange={(country) => onChange({ ...value, country })}
        />
        {countryError && (
          <span className="field-error" id={countryErrorId}>
            {countryError}
          </span>
        )}
      </label>
      {whole && <p className="field-error wide">{whole}</p>}
    </fieldset>
  );
}
