import { useT } from '../../i18n/use-t';

/** Navigation links of the pack station: the pack queue and this workstation's printers. */
export function PackNavLinks({ active }: { active: 'pack' | 'printers' | null }) {
  const t = useT('pack');
  const tp = useT('printing');
  return (
    <>
      <a href="#/pack" className={active === 'pack' ? 'active' : ''}>
        {t('nav')}
      </a>
      <a href="#/settings/printers" className={active === 'printers' ? 'active' : ''}>
        {tp('settings.title')}
      </a>
    </>
  );
}
