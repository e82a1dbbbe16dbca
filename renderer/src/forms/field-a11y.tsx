import type { ReactNode } from 'react';
import type { FieldErrors, FieldValues } from 'react-hook-form';

/** What an input needs to show its problem: aria-invalid, the id of its sentence, and the sentence. */
export interface FieldState {
  invalid: boolean;
  describedBy: string | undefined;
  message: ReactNode;
}

/**
 * For each field of a react-hook-form form: the sentence of its problem (the message is a
 * sentence key, worded by `sentence`), tied to its input by aria-describedby.
 */
export function fieldA11y<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  idPrefix: string,
  sentence: (problem: string) => string,
): (field: keyof Values & string) => FieldState {
  return (field) => {
    const error = errors[field] as { message?: unknown; root?: { message?: unknown } } | undefined;
    const problem = error?.message ?? error?.root?.message;
    if (typeof problem !== 'string' || problem === '')
      return { invalid: false, describedBy: undefined, message: null };
    const id = `${idPrefix}-${field}-error`;
    return {
      invalid: true,
      describedBy: id,
      message: (
        <span className="error field-error" id={id}>
          {sentence(problem)}
        </span>
      ),
    };
  };
}
