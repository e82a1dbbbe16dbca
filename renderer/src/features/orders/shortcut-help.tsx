import { ModalDialog } from '../../app/modal-dialog';
import { useT } from '../../i18n/use-t';

export const listShortcuts = [
  ['/', 'focusSearch'],
  ['j / k', 'move'],
  ['Enter', 'open'],
  ['x', 'toggle'],
  ['Shift + A', 'selectAll'],
  ['Esc', 'clear'],
  ['?', 'help'],
] as const;

/** The keyboard shortcuts of the order list, shown on `?` or from the toolbar button. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const t = useT('orders');
  const common = useT('common');
  return (
    <ModalDialog
      title={t('list.shortcuts')}
      onCancel={onClose}
      className="shortcut-help"
      testId="shortcut-help"
    >
      <dl>
        {listShortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(`shortcut.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose} data-autofocus>
        {common('action.close')}
      </button>
    </ModalDialog>
  );
}
