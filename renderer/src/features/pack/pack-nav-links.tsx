import { Link } from '@tanstack/react-router';
import { useT } from '../../i18n/use-t';

/** "Pack" in the main navigation: the pack queue. */
export function PackNavLink({ active }: { active: boolean }) {
  const t = useT('pack');
  return (
    <Link to="/pack" className={active ? 'active' : ''}>
      {t('nav')}
    </Link>
  );
}

/** This workstation's printers, in the settings menu. */
export function PrintersNavLink({ active }: { active: boolean }) {
  const t = useT('printing');
  return (
    <Link to="/settings/printers" className={active ? 'active' : ''}>
      {t('settings.title')}
    </Link>
  );
}
