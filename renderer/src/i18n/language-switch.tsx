import { languages, isLanguage } from './languages';
import { chooseLanguage, useLanguage } from './language-preference';
import { useT } from './use-t';

/** Deutsch / English; with a user, the choice is kept for that user on this workstation. */
export function LanguageSwitch({ userId }: { userId?: string }) {
  const t = useT('common');
  const language = useLanguage();
  return (
    <select
      className="language-switch"
      aria-label={t('user.language')}
      data-testid="language-switch"
      value={language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) chooseLanguage(e.target.value, userId);
      }}
    >
      {languages.map((lng) => (
        <option key={lng} value={lng} lang={lng}>
          {t(`languageName.${lng}`)}
        </option>
      ))}
    </select>
  );
}
