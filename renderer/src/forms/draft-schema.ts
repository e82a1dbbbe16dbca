import { z } from 'zod';

/** Where a shared-schema issue is shown: the draft field (focused on submit) and the sentence key. */
export interface DraftProblem<Field extends string, Problem extends string> {
  field: Field;
  problem: Problem;
}

/**
 * A form's schema: the draft as typed (`draft`), turned into what the server takes (`candidateOf`)
 * and checked by the shared schema the server uses. Each issue lands on the draft field it concerns
 * (first issue per field), its message naming the sentence to show; the output is the shared
 * schema's value. Used with react-hook-form's `zodResolver`.
 */
export function draftSchemaOver<Draft, Output, Field extends string, Problem extends string>(
  draft: z.ZodType<Draft, Draft>,
  candidateOf: (value: Draft) => unknown,
  shared: z.ZodType<Output>,
  problemOf: (path: readonly PropertyKey[], code: string) => DraftProblem<Field, Problem>,
) {
  return draft.transform((value, ctx): Output => {
    const parsed = shared.safeParse(candidateOf(value));
    if (parsed.success) return parsed.data;
    const seen = new Set<Field>();
    for (const issue of parsed.error.issues) {
      const { field, problem } = problemOf(issue.path, issue.code);
      if (seen.has(field)) continue;
      seen.add(field);
      ctx.addIssue({ code: 'custom', path: [field], message: problem });
    }
    return z.NEVER;
  });
}

/** Checks a draft without a form: the value to save, or each wrong field with its problem. */
export function problemsOf<Field extends string, Problem extends string, Output>(
  schema: z.ZodType<Output>,
  value: unknown,
): { ok: true; value: Output } | { ok: false; problems: Partial<Record<Field, Problem>> } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems: Partial<Record<Field, Problem>> = {};
  for (const issue of parsed.error.issues) problems[issue.path[0] as Field] = issue.message as Problem;
  return { ok: false, problems };
}
