import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './modal-dialog.css';

const focusable =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside the dialog: past the last control back to the first, and the reverse. */
function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter(
    (item) => item.offsetParent !== null,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The app's one modal dialog (native <dialog> with showModal): the page behind is inert, the dialog is
 * named by its title, the focus moves in (to `[data-autofocus]` or the first control), Tab stays
 * inside, Escape calls `onCancel` (omit it when the dialog must be answered), and on close the focus
 * goes back to the element that opened it.
 */
export function ModalDialog({
  title,
  children,
  label,
  onCancel,
  className,
  testId,
}: {
  title: ReactNode;
  /** A shorter accessible name than the visible title. */
  label?: string;
  children: ReactNode;
  onCancel?: () => void;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      // After React removes the dialog: the opener may be re-rendered in the same commit.
      queueMicrotask(() => {
        if (opener?.isConnected) opener.focus();
      });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={label === undefined ? titleId : undefined}
      aria-label={label}
      data-testid={testId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        event.preventDefault();
        cancel.current?.();
      }}
    >
      <h3 id={titleId} className="modal-title">
        {title}
      </h3>
      {children}
    </dialog>
  );
}
