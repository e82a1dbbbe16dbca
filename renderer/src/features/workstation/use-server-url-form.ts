import { useOneFieldForm } from '../../forms/use-one-field-form';
import { useT } from '../../i18n/use-t';
import { connectDraftSchema } from './connect-schema';

/** The one-field form of a server address (first start and server switch), ids prefixed `idPrefix`. */
export function useServerUrlForm(idPrefix: string) {
  const t = useT('workstation');
  return useOneFieldForm(connectDraftSchema, { url: '' }, 'url', idPrefix, (problem) =>
    t(`invalid.${problem as 'url'}`),
  );
}
