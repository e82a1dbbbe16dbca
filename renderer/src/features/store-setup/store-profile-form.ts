import { issuesFromZod, type ErrorIssue } from '../../../../shared/errors';
import {
  storeProfileInputSchema,
  type StoreProfile,
  type StoreProfileInput,
} from '../../../../shared/schemas/store-profile';

/** The store form's fields as typed. */
export interface StoreDraft {
  name: string;
  legalName: string;
  company: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  taxNumber: string;
  currency: string;
  timezone: string;
  ossRegistered: boolean;
}

/** The placeholder store of a fresh database uses "-" for what nobody entered yet: show those blank. */
const entered = (value: string | undefined): string => (value === undefined || value === '-' ? '' : value);

export function draftOfProfile(profile: StoreProfile): StoreDraft {
  const incomplete = profile.completedAt === null;
  return {
    name: incomplete && profile.name === 'Order Desk' ? '' : profile.name,
    legalName: entered(profile.legalName),
    company: entered(profile.address.company),
    line1: entered(profile.address.line1),
    line2: entered(profile.address.line2),
    postalCode: entered(profile.address.postalCode),
    city: entered(profile.address.city),
    country: profile.address.country,
    vatId: profile.vatId ?? '',
    taxNumber: profile.taxNumber ?? '',
    currency: profile.currency,
    timezone: profile.timezone,
    ossRegistered: profile.ossRegistered,
  };
}

/** The PUT body, or the field issues to show (same zod schema the server checks). */
export function inputOfDraft(
  draft: StoreDraft,
): { ok: true; input: StoreProfileInput } | { ok: false; issues: ErrorIssue[] } {
  const parsed = storeProfileInputSchema.safeParse({
    name: draft.name,
    legalName: draft.legalName,
    address: {
      name: draft.legalName,
      ...(draft.company.trim() ? { company: draft.company } : {}),
      line1: draft.line1,
      ...(draft.line2.trim() ? { line2: draft.line2 } : {}),
      postalCode: draft.postalCode,
      city: draft.city,
      country: draft.country.trim().toUpperCase(),
    },
    vatId: draft.vatId.trim() ? draft.vatId : null,
    taxNumber: draft.taxNumber.trim() ? draft.taxNumber : null,
    currency: draft.currency.trim().toUpperCase(),
    timezone: draft.timezone.trim(),
    ossRegistered: draft.ossRegistered,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error.issues) };
}
