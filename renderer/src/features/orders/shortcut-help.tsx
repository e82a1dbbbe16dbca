export const listShortcuts: readonly [string, string][] = [
  ['/', 'Focus search'],
  ['j / k', 'Next / previous order'],
  ['Enter', 'Open order'],
  ['x', 'Select / unselect order'],
  ['Shift + A', 'Select all matching the filter'],
  ['Esc', 'Clear selection (and leave search)'],
  ['?', 'Show / hide this help'],
];

/** The keyboard shortcuts of the order list, shown on `?` or from the toolbar button. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="shortcut-help" role="dialog" aria-label="Keyboard shortcuts" data-testid="shortcut-help">
      <strong>Keyboard shortcuts</strong>
      <dl>
        {listShortcuts.map(([keys, text]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
