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

/** Keyboard shortcuts of the order list (ignored while typing, except Esc). */
export function useListShortcuts(handlers: ListShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const h = ref.current;
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
      const actions: Record<string, () => void> = {
        '/': h.focusSearch,
        j: () => h.move(1),
        k: () => h.move(-1),
        Enter: h.open,
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
