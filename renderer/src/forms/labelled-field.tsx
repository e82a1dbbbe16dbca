import type { ReactNode } from 'react';

/** The aria attributes tying a control to its problem sentence (when there is one) or its hint. */
export interface ControlAria {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** `aria-invalid` while `error` is set, described by `errorId` then, else by `hintId` (if any). */
export function controlAria(error: string | undefined, errorId: string, hintId?: string): ControlAria {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : hintId,
  };
}

/** A field's problem sentence under its control, nothing while it has none. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <span className="field-error" id={id}>
      {error}
    </span>
  );
}

/**
 * A labelled control of a react-hook-form form: the label, the control (built by `children` with its
 * aria attributes), an optional muted hint and the field's problem sentence (ids `<id>-hint`, `<id>-error`).
 */
export function LabelledField({
  id,
  label,
  error,
  hint,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  error: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (aria: ControlAria) => ReactNode;
}) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  return (
    <label className={className}>
      {label}
      {children(controlAria(error, `${id}-error`, hintId))}
      {hint !== undefined && (
        <span className="muted" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </label>
  );
}
