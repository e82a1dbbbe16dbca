import { useId, useState } from 'react';
import { countryOptions, resolveCountry } from '../../i18n/countries';
import { useLanguage } from '../../i18n/language-preference';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/**
 * A country field: the user types or picks a name in their language (or a code), the form gets the
 * ISO code, or '' while the text names no country.
 */
export function CountryPicker({
  value,
  onChange,
  invalid,
  describedBy,
}: {
  value: string;
  onChange: (code: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const t = useT('orders');
  const language = useLanguage();
  const fmt = useFormat();
  const listId = useId();
  const [text, setText] = useState(() => (value ? fmt.country(value) : ''));
  const unresolved = text.trim() !== '' && resolveCountry(text) === undefined;
  return (
    <>
      <input
        value={text}
        list={listId}
        autoComplete="country-name"
        placeholder={t('address.countryPlaceholder')}
        aria-invalid={invalid || unresolved ? true : undefined}
        aria-describedby={describedBy}
        data-country-code={value}
        onChange={(e) => {
          setText(e.target.value);
          onChange(resolveCountry(e.target.value) ?? '');
        }}
        onBlur={() => {
          const code = resolveCountry(text);
          if (code) setText(fmt.country(code));
        }}
      />
      <datalist id={listId}>
        {countryOptions(language).map((option) => (
          <option key={option.code} value={option.name} />
        ))}
      </datalist>
      {unresolved && <span className="field-error">{t('address.countryUnknown')}</span>}
    </>
  );
}
