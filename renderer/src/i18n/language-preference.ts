import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { i18next } from './i18n';
import { defaultLanguage, isLanguage, languages, type Language } from './languages';

/** The language last chosen on this workstation (login screen, or the last signed-in user's). */
const DEVICE_LANGUAGE = 'orderdesk.language';
/** Each user's own choice on this workstation: `{ [userId]: 'de' | 'en' }`. */
const USER_LANGUAGES = 'orderdesk.language.users';

const userLanguagesSchema = z.record(z.string(), z.enum(languages));

function userLanguages(): Record<string, Language> {
  try {
    const parsed = userLanguagesSchema.safeParse(JSON.parse(localStorage.getItem(USER_LANGUAGES) ?? '{}'));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** The workstation's language: the last one chosen here, German for a fresh workstation. */
export function deviceLanguage(): Language {
  const stored = localStorage.getItem(DEVICE_LANGUAGE);
  return isLanguage(stored) ? stored : defaultLanguage;
}

/** The language a user sees: their own choice, else the one picked on the login screen. */
export function languageForUser(userId: string): Language {
  return userLanguages()[userId] ?? deviceLanguage();
}

function show(language: Language): void {
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

/** Switches the interface; with a user, the choice is kept for that user on this workstation. */
export function chooseLanguage(language: Language, userId?: string): void {
  localStorage.setItem(DEVICE_LANGUAGE, language);
  if (userId)
    localStorage.setItem(USER_LANGUAGES, JSON.stringify({ ...userLanguages(), [userId]: language }));
  show(language);
}

/** Shows the interface in the user's language (called when a session starts). */
export function applyUserLanguage(userId: string): void {
  show(languageForUser(userId));
}

/** Shows the workstation's language (login screen). */
export function applyDeviceLanguage(): void {
  show(deviceLanguage());
}

/** The language shown now; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}
