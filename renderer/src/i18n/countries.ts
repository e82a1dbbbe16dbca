import { countryCodes } from './country-codes';
import { languages, localeOf, type Language } from './languages';

export interface CountryOption {
  code: string;
  name: string;
}

const namesCache = new Map<Language, CountryOption[]>();

/** Every country with its name in `language`, sorted by name as that language sorts. */
export function countryOptions(language: Language): CountryOption[] {
  const cached = namesCache.get(language);
  if (cached) return cached;
  const names = new Intl.DisplayNames([localeOf[language]], { type: 'region' });
  const options = countryCodes
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, localeOf[language]));
  namesCache.set(language, options);
  return options;
}

const normalize = (text: string): string => text.trim().toLocaleLowerCase('de');

/**
 * The ISO code a typed country means: a code ("de"), or a name in any interface language
 * ("Germany", "Deutschland"); undefined when it is none of them. Never a guess from two letters of a
 * name ("Ge" is not Georgia).
 */
export function resolveCountry(text: string): string | undefined {
  const wanted = normalize(text);
  if (wanted === '') return undefined;
  const code = wanted.toUpperCase();
  if ((countryCodes as readonly string[]).includes(code)) return code;
  for (const language of languages) {
    const found = countryOptions(language).find((option) => normalize(option.name) === wanted);
    if (found) return found.code;
  }
  return undefined;
}
