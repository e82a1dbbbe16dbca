import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { fieldA11y, type FieldState } from './field-a11y';

/**
 * A react-hook-form form checked by `schema` (focus on the first problem) whose one typed field
 * `field` shows its problem as worded by `sentence`, its ids prefixed `idPrefix`.
 */
export function useOneFieldForm<Draft extends FieldValues>(
  schema: z.ZodType<Draft, Draft>,
  defaultValues: DefaultValues<Draft>,
  field: keyof Draft & string,
  idPrefix: string,
  sentence: (problem: string) => string,
): UseFormReturn<Draft> & { field: FieldState } {
  const form = useForm<Draft>({ defaultValues, resolver: zodResolver(schema), shouldFocusError: true });
  const state: FieldState = fieldA11y(form.formState.errors, idPrefix, sentence)(field);
  return { ...form, field: state };
}
