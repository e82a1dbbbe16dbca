import i18next, { type Resource, type ResourceLanguage } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages } from './languages';

/** Every `locales/<language>/<namespace>.ts`, loaded at build time (a new file needs no registration). */
const files = import.meta.glob<{ default: ResourceLanguage[string] }>('./locales/*/*.ts', { eager: true });

/** `{ de: { orders: {...} }, en: { orders: {...} } }` from the locale files. */
export function resourcesFromFiles(loaded: Record<string, { default: ResourceLanguage[string] }>): Resource {
  const resources: Resource = {};
  for (const [path, module] of Object.entries(loaded)) {
    const match = /\/locales\/([a-z]{2})\/([\w-]+)\.ts$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const language = (resources[match[1]] ??= {});
    language[match[2]] = module.default;
  }
  return resources;
}

const resources = resourcesFromFiles(files);

void i18next.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: 'en',
  supportedLngs: [...languages],
  ns: Object.keys(resources.en ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export { i18next };
