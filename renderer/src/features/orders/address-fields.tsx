import type { AddressDraft, FieldErrors } from './order-edit-form';

const fields: { key: keyof AddressDraft; label: string; wide?: boolean; autoComplete: string }[] = [
  { key: 'name', label: 'Name', wide: true, autoComplete: 'name' },
  { key: 'company', label: 'Company (optional)', wide: true, autoComplete: 'organization' },
  { key: 'line1', label: 'Street and number', wide: true, autoComplete: 'address-line1' },
  { key: 'line2', label: 'Address line 2 (optional)', wide: true, autoComplete: 'address-line2' },
  { key: 'postalCode', label: 'Postal code', autoComplete: 'postal-code' },
  { key: 'city', label: 'City', autoComplete: 'address-level2' },
  { key: 'country', label: 'Country (ISO code)', autoComplete: 'country' },
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
  const whole = errors[prefix];
  return (
    <fieldset className="address-fields" disabled={disabled}>
      <legend>{legend}</legend>
      {fields.map(({ key, label, wide, autoComplete }) => {
        const error = errors[`${prefix}.${key}`];
        const id = `${prefix}-${key}`;
        return (
          <label key={key} className={wide ? 'wide' : undefined}>
            {label}
            <input
              value={value[key]}
              autoComplete={autoComplete}
              maxLength={key === 'country' ? 2 : undefined}
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
      {whole && <p className="field-error wide">{whole}</p>}
    </fieldset>
  );
}
