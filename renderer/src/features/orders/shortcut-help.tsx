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
    <div className="shortcut-help" role="dialog" aria-label={t('list.shortcuts')} data-testid="shortcut-help">
      <strong>{t('list.shortcuts')}</strong>
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
      <button type="button" onClick={onClose}>
        {common('action.close')}
      </button>
    </div>
  );
}
