import { useCallback } from 'react';
import type { ServerCheck } from '../../../../shared/server-connection';
import { useT } from '../../i18n/use-t';

/** The sentence for a "Test connection" outcome, in the language shown now. */
export function useServerCheckText(): (check: ServerCheck) => string {
  const t = useT('workstation');
  return useCallback(
    (check) =>
      check.ok
        ? t('connected', { url: check.serverUrl })
        : t(`check.${check.reason}`, { url: check.serverUrl ?? '', status: check.status ?? 0 }),
    [t],
  );
}
