import { useOpenExceptionCount } from './exception-queries';

/** "Exceptions" in the top bar, with the number of open items waiting for a decision. */
export function ExceptionsNavLink({ active }: { active: boolean }) {
  const open = useOpenExceptionCount();
  return (
    <a href="#/exceptions" className={active ? 'active' : ''}>
      Exceptions
      {open > 0 && (
        <span className="nav-badge" data-testid="exceptions-badge">
          {open}
        </span>
      )}
    </a>
  );
}
