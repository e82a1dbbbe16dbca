import type { Ref } from 'react';

/** A whole, non-negative quantity for one order line (ship, refund), capped at `max`. */
export function ItemQuantityInput({
  value,
  max,
  label,
  onChange,
  ref,
  invalid,
  describedBy,
}: {
  value: number;
  max: number;
  label: string;
  onChange: (quantity: number) => void;
  /** The form's ref, so a wrong quantity can take the focus. */
  ref?: Ref<HTMLInputElement>;
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <input
      ref={ref}
      type="number"
      min={0}
      max={max}
      value={value}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        const typed = Math.trunc(Number(e.target.value));
        onChange(Number.isFinite(typed) ? Math.min(max, Math.max(0, typed)) : 0);
      }}
    />
  );
}
