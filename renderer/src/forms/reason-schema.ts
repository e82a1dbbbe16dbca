import { z } from 'zod';

/** A dialog whose only field is a required reason (cancel an order, ignore an exception item). */
export interface ReasonDraft {
  reason: string;
}

export const emptyReasonDraft: ReasonDraft = { reason: '' };

/** The reason is trimmed and must not be blank (issue message `needReason`; each dialog words it). */
export const reasonDraftSchema = z.object({ reason: z.string().trim().min(1, 'needReason') });

/** Whether a reason draft can be sent (drives the button's disabled state and reason). */
export function hasReason(draft: ReasonDraft): boolean {
  return reasonDraftSchema.safeParse(draft).success;
}
