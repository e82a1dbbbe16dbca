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

/** The usual "really do this?" question of an admin list: one danger button that confirms, one that cancels. */
export function DangerConfirm({
  title,
  body,
  confirmLabel,
  cancelLabel,
  pending = false,
  onConfirm,
  onCancel,
  testId,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}) {
  return (
    <ConfirmDialog
      title={title}
      onCancel={onCancel}
      {...(testId ? { testId } : {})}
      actions={
        <>
          <button type="button" className="danger" disabled={pending} onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </>
      }
    >
      <p>{body}</p>
    </ConfirmDialog>
  );
}
