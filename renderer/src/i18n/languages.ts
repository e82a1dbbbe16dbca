/** The languages of the user interface; the first is the default for a new user (a German store). */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'de';

/** The BCP 47 locale used for dates, numbers and money in each language. */
export const localeOf: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
