import { useEffect, useRef } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard-wedge capture: a printable key typed anywhere on the screen outside a form field is handed
 * to `onStray` (which moves it and the focus to the scan field), so the rest of the scan and its
 * Enter land there and no digit is lost, however fast the scanner types.
 */
export function useWedgeScanner(onStray: (key: string) => void): void {
  const handler = useRef(onStray);
  handler.current = onStray;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (
        isEditable(event.target) ||
        event.ctrlKey ||
        event.altKey ||
        event.metaKey ||
        event.key.length !== 1
      )
        return;
      event.preventDefault();
      handler.current(event.key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
