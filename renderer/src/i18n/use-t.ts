import { useTranslation } from 'react-i18next';
import type { Namespaces } from './namespaces';

/** The translate function of one feature's namespace: `const t = useT('orders'); t('list.title')`. */
export function useT<N extends keyof Namespaces>(ns: N) {
  return useTranslation(ns).t;
}
