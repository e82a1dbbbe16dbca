/** A whole, non-negative quantity for one order line (ship, refund), capped at `max`. */
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
      onChange={(e) => {
        const typed = Math.trunc(Number(e.target.value));
        onChange(Number.isFinite(typed) ? Math.min(max, Math.max(0, typed)) : 0);
      }}
    />
  );
}
