import type { ReactNode } from 'react';
import { ModalDialog } from './modal-dialog';

/** A question in a modal dialog: the page's buttons decide, Escape cancels. */
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
  return (
    <ModalDialog title={title} onCancel={onCancel} className="confirm-dialog" {...(testId ? { testId } : {})}>
      <div className="confirm-body">{children}</div>
      <div className="actions">{actions}</div>
    </ModalDialog>
  );
}
