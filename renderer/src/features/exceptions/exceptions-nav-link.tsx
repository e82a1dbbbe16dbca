import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/use-t';
import { useOpenExceptionCount } from './exception-queries';

/** "Exceptions" in the top bar, with the number of open items waiting for a decision. */
export function ExceptionsNavLink({ active }: { active: boolean }) {
  const open = useOpenExceptionCount();
  const t = useT('common');
  return (
    <Link to="/exceptions" className={active ? 'active' : ''}>
      {t('nav.exceptions')}
      {open > 0 && (
        <span className="nav-badge" data-testid="exceptions-badge">
          {open}
        </span>
      )}
    </Link>
  );
}
