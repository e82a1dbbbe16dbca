import { z } from 'zod';

/** The save-view dialog's field as typed. */
export interface SaveViewDraft {
  name: string;
}

/** A view's name is trimmed, must not be blank (sentence `orders:views.nameMissing`) and is cut at 60 characters. */
export const saveViewDraftSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'nameMissing')
    .transform((name) => name.slice(0, 60)),
});
