import { useEffect, useRef } from 'react';

export interface ListShortcutHandlers {
  focusSearch: () => void;
  move: (delta: number) => void;
  open: () => void;
  toggle: () => void;
  selectAll: () => void;
  clear: () => void;
  help: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** Enter and Space on a button or link are theirs, not the list's. */
function onControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A'].includes(target.tagName);
}

/** A focused row of the order table: arrows move the focus, Space toggles its selection. */
function onRow(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.dataset.rowIndex !== undefined;
}

/** Keyboard shortcuts of the order list (ignored while typing, except Esc). */
export function useListShortcuts(handlers: ListShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const h = ref.current;
      // A dialog (save view, shortcut help, export) handles its own keys; Escape closes it.
      if (event.defaultPrevented || (event.target instanceof Element && event.target.closest('dialog')))
        return;
      if (event.key === 'Escape') {
        if (event.target instanceof HTMLElement) event.target.blur();
        h.clear();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // From the search box, arrows move through the results and Enter opens the one under the cursor.
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') {
        const fromSearch: Record<string, () => void> = {
          ArrowDown: () => h.move(1),
          ArrowUp: () => h.move(-1),
          Enter: h.open,
        };
        const action = fromSearch[event.key];
        if (action) {
          event.preventDefault();
          action();
        }
        return;
      }
      if (typingIn(event.target)) return;
      if (onRow(event.target)) {
        const fromRow: Record<string, () => void> = {
          ArrowDown: () => h.move(1),
          ArrowUp: () => h.move(-1),
          PageDown: () => h.move(10),
          PageUp: () => h.move(-10),
          ' ': h.toggle,
        };
        const action = fromRow[event.key];
        if (action) {
          event.preventDefault();
          action();
          return;
        }
      }
      const actions: Record<string, () => void> = {
        '/': h.focusSearch,
        j: () => h.move(1),
        k: () => h.move(-1),
        ...(onControl(event.target) ? {} : { Enter: h.open }),
        x: h.toggle,
        A: h.selectAll,
        '?': h.help,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
