import { useCallback } from 'react';
import { i18next } from './i18n';
import type { Language } from './languages';
import { useLanguage } from './language-preference';
import type { Namespaces } from './namespaces';

type Enums = Namespaces['enums'];
export type EnumGroup = keyof Enums;

/** A stored value the shared enums may not list (old data): words, never `snake_case`. */
function humanize(value: string): string {
  const words = value.replace(/[_.]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A stored enum value in words: `enumLabelIn('de', 'orderStatus', 'on_hold')` → "Angehalten".
 * Keys may contain dots (`totals.gross`), so the lookup goes by path, not by `t()` key.
 */
export function enumLabelIn<G extends EnumGroup>(
  language: Language,
  group: G,
  value: (keyof Enums[G] & string) | (string & {}),
): string {
  for (const lng of [language, 'en']) {
    const labels: unknown = i18next.getResource(lng, 'enums', group);
    const found: unknown =
      typeof labels === 'object' && labels !== null && Object.hasOwn(labels, value)
        ? (labels as Record<string, unknown>)[value]
        : undefined;
    if (typeof found === 'string') return found;
  }
  return humanize(value);
}

/** A stored enum value in words, in one language: what `useEnumLabel` returns. */
export type EnumLabel = <G extends EnumGroup>(
  group: G,
  value: (keyof Enums[G] & string) | (string & {}),
) => string;

/** `label(group, value)` in the language shown now. */
export function useEnumLabel(): EnumLabel {
  const language = useLanguage();
  return useCallback((group, value) => enumLabelIn(language, group, value), [language]);
}
