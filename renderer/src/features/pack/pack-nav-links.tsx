import { useT } from '../../i18n/use-t';

/** "Pack" in the main navigation: the pack queue. */
export function PackNavLink({ active }: { active: boolean }) {
  const t = useT('pack');
  return (
    <a href="#/pack" className={active ? 'active' : ''}>
      {t('nav')}
    </a>
  );
}

/** This workstation's printers, in the settings menu. */
export function PrintersNavLink({ active }: { active: boolean }) {
  const t = useT('printing');
  return (
    <a href="#/settings/printers" className={active ? 'active' : ''}>
      {t('settings.title')}
    </a>
  );
}
