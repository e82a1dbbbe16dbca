import type { ComponentPropsWithRef } from 'react';

/** One entry of a `ChoiceSelect`: the value sent and the sentence shown. */
export interface Choice {
  value: string;
  label: string;
}

/** Shipping methods, printers, saved views… as the choices of a select. */
export function toChoices<T>(
  items: readonly T[],
  value: (item: T) => string,
  label: (item: T) => string,
): Choice[] {
  return items.map((item) => ({ value: value(item), label: label(item) }));
}

/**
 * A select of `choices`, led by an empty placeholder option ("choose…", "system default", "none") when
 * `placeholder` is given. Every other prop (value/onChange, or a react-hook-form `register(...)` spread with its ref)
 * goes to the select element.
 */
export function ChoiceSelect({
  placeholder,
  choices,
  ...selectProps
}: { placeholder?: string; choices: readonly Choice[] } & Omit<ComponentPropsWithRef<'select'>, 'children'>) {
  return (
    <select {...selectProps}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
