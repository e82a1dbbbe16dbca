import { useCallback } from 'react';
import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { describeIssue } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { issueOfMessage, refusalType } from './draft-issues';

/** The message and type of the error at `path` (`shippingAddress.city`, `lines.1.quantity`, `root`). */
function errorAtPath(errors: FieldErrors, path: string): { message: string; type: unknown } | undefined {
  const found: unknown = get(errors, path);
  if (typeof found !== 'object' || found === null || !('message' in found)) return undefined;
  const { message } = found;
  return typeof message === 'string' && message !== ''
    ? { message, type: 'type' in found ? found.type : undefined }
    : undefined;
}

/**
 * The sentence for a form error, in the language shown: a carried shared-schema issue worded by
 * `describeIssue` (field name, row, limit), a refusal's sentence as it is, any other message
 * (a form's own sentence key) through `keyText`.
 */
export function useDraftErrorText<T extends FieldValues>(
  errors: FieldErrors<T>,
  currency?: string,
  keyText: (message: string) => string = (message) => message,
): (path: string) => string | undefined {
  const t = useT('errors');
  const fmt = useFormat();
  return useCallback(
    (path) => {
      const error = errorAtPath(errors, path);
      if (error === undefined) return undefined;
      if (error.type === refusalType) return error.message;
      const issue = issueOfMessage(error.message);
      return issue ? describeIssue(issue, t, fmt, { currency }) : keyText(error.message);
    },
    [errors, t, fmt, currency, keyText],
  );
}
