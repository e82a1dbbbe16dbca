import type { z } from 'zod';
import { describeIssue } from '../../i18n/error-text';
import { formattersFor } from '../../i18n/format';
import { i18next } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';
import { issueOfMessage } from './draft-issues';

/**
 * The sentence each draft field would show, by draft path, in `language` (what the screens render
 * through `useDraftErrorText`; for tests of the draft schemas). Messages that carry no issue (a
 * form's own sentence keys) are given as they are.
 */
export function draftIssueSentences(
  issues: readonly z.core.$ZodIssue[],
  language: Language,
): Record<string, string> {
  const t = i18next.getFixedT(language, 'errors');
  return Object.fromEntries(
    issues.map((issue) => {
      const carried = issueOfMessage(issue.message);
      return [
        issue.path.join('.'),
        carried ? describeIssue(carried, t, formattersFor(language)) : issue.message,
      ];
    }),
  );
}
