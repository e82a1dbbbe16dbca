import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../i18n/use-t';
import { CountryPicker } from './country-picker';
import type { AddressDraft } from './order-edit-form';

/** The address fields typed into an input (the country has its picker). */
export type AddressTextKey = Exclude<keyof AddressDraft, 'country'>;

const fields: { key: AddressTextKey; wide?: boolean; autoComplete: string }[] = [
  { key: 'name', wide: true, autoComplete: 'name' },
  { key: 'company', wide: true, autoComplete: 'organization' },
  { key: 'line1', wide: true, autoComplete: 'address-line1' },
  { key: 'line2', wide: true, autoComplete: 'address-line2' },
  { key: 'postalCode', autoComplete: 'postal-code' },
  { key: 'city', autoComplete: 'address-level2' },
];

/**
 * The fields of one address of a react-hook-form form, with the sentence under each field the
 * shared schema refused (`errorOf(undefined)`: a problem with the address as a whole).
 */
export function AddressFields({
  legend,
  prefix,
  register,
  country,
  errorOf,
  disabled,
}: {
  legend: string;
  prefix: 'shippingAddress' | 'billingAddress';
  register: (key: AddressTextKey) => UseFormRegisterReturn;
  country: { value: string; onChange: (code: string) => void };
  errorOf: (key: keyof AddressDraft | undefined) => string | undefined;
  disabled: boolean;
}) {
  const t = useT('orders');
  const whole = errorOf(undefined);
  const countryError = errorOf('country');
  const countryErrorId = `${prefix}-country-error`;
  return (
    <fieldset className="address-fields" disabled={disabled}>
      <legend>{legend}</legend>
      {fields.map(({ key, wide, autoComplete }) => {
        const error = errorOf(key);
        const id = `${prefix}-${key}`;
        return (
          <label key={key} className={wide ? 'wide' : undefined}>
            {t(`address.${key}`)}
            <input
              {...register(key)}
              autoComplete={autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
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
          value={country.value}
          invalid={countryError !== undefined}
          describedBy={countryError ? countryErrorId : undefined}
          onChange={country.onChange}
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
