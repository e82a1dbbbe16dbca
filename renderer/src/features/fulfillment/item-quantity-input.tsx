/** A whole, non-negative quantity for one order line (ship, refund), at most `max`. */
export function ItemQuantityInput({
  value,
  max,
  label,
  onChange,
}: {
  value: number;
  max: number;
  label: string;
  onChange: (quantity: number) => void;
}) {
  return (
    <input
      type="number"
      min={0}
      max={max}
      value={value}
      aria-label={label}
      onChange={(e) => onChange(Math.max(0, Math.trunc(Number(e.target.value))))}
    />
  );
}
