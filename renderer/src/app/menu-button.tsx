import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useRouterState } from '@tanstack/react-router';

/**
 * A button that opens a small panel of links below it (the top bar's settings and user menus), so
 * the bar fits at 1024 px. Closes on Escape, on a click outside and when the screen changes.
 */
export function MenuButton({
  label,
  active = false,
  testId,
  align = 'left',
  children,
}: {
  label: ReactNode;
  active?: boolean;
  testId: string;
  align?: 'left' | 'right';
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const screen = useRouterState({ select: (state) => state.location.pathname });
  useEffect(() => setOpen(false), [screen]);
  useEffect(() => {
    if (!open) return;
    const close = (): void => setOpen(false);
    const onPointer = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className={`menu-button${open ? ' open' : ''}`} ref={root}>
      <button
        type="button"
        className={`link${active ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={testId}
        onClick={() => setOpen((current) => !current)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className={`menu-panel ${align}`} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
