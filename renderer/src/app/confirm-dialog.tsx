import { useEffect, useRef, type ReactNode } from 'react';

/** An in-app modal dialog (native <dialog>): the page's buttons decide, Escape cancels. */
export function ConfirmDialog({
  title,
  children,
  actions,
  onCancel,
  testId,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onCancel: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-label={title}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h3>{title}</h3>
      <div className="confirm-body">{children}</div>
      <div className="actions">{actions}</div>
    </dialog>
  );
}
