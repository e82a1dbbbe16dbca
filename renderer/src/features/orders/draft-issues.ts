import type { z, RefinementCtx } from 'zod';
import { issuesFromZod, type ErrorIssue } from '../../../../shared/errors';
import { errorIssueSchema } from '../../../../shared/schemas/error-body';

/**
 * An issue of a union (`editedItemSchema`: an existing item or a new product) as the issues of the
 * branch that came closest, with their full paths: "quantity must be a whole number", not "choose a value".
 */
function unwrapUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const closest = issue.errors
    .filter((branch) => branch.length > 0)
    .reduce<z.core.$ZodIssue[] | undefined>(
      (best, branch) => (best && best.length <= branch.length ? best : branch),
      undefined,
    );
  if (closest === undefined) return [issue];
  return closest.flatMap((inner) => unwrapUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Form errors that come from a shared schema carry the issue itself (the error contract's
 * `ErrorIssue`, as JSON, its path the draft field's) rather than a sentence: the screen words it with
 * `describeIssue` in the language shown, with the field's name and the row ("Row 2: …").
 * Errors set after a refusal carry their sentence and the type `refusal`.
 */
export const refusalType = 'refusal';

/**
 * Puts each shared-schema issue on the draft field `place` names for its path (the first issue of
 * a field wins); `place` returns undefined for an issue the draft cannot show on a field (it goes
 * to `root`, the form as a whole) and null for one the draft already reports otherwise.
 */
export function addDraftIssues(
  ctx: RefinementCtx,
  issues: readonly z.core.$ZodIssue[],
  place: (path: readonly PropertyKey[]) => readonly (string | number)[] | undefined | null,
): void {
  const seen = new Set<string>();
  for (const zodIssue of issues.flatMap(unwrapUnion)) {
    const [issue] = issuesFromZod([zodIssue]);
    const placed = place(zodIssue.path);
    if (placed === null) continue;
    const target = placed ?? ['root'];
    const key = target.join('.');
    if (issue === undefined || seen.has(key)) continue;
    seen.add(key);
    ctx.addIssue({ code: 'custom', path: [...target], message: issueMessage({ ...issue, path: key }) });
  }
}

/** A form error's message carrying `issue` (its path the draft field's). */
export function issueMessage(issue: ErrorIssue): string {
  return JSON.stringify(issue);
}

/** The issue a form error carries, or undefined when its message is a sentence already. */
export function issueOfMessage(message: string): ErrorIssue | undefined {
  try {
    const parsed = errorIssueSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
