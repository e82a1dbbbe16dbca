import { z } from 'zod';
import { draftSchemaOver } from '../../forms/draft-schema';
import { storeProfileInputSchema, type StoreProfile } from '../../../../shared/schemas/store-profile';

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

/** The store form's text fields; each has a sentence `admin:store.invalid.<field>`. */
export type StoreField = Exclude<keyof StoreDraft, 'ossRegistered'>;

const addressFields: Partial<Record<PropertyKey, StoreField>> = {
  name: 'legalName',
  company: 'company',
  line1: 'line1',
  line2: 'line2',
  postalCode: 'postalCode',
  city: 'city',
  country: 'country',
};
const topFields = new Set<PropertyKey>(['name', 'legalName', 'vatId', 'taxNumber', 'currency', 'timezone']);

function problemOf(path: readonly PropertyKey[]): { field: StoreField; problem: StoreField } {
  const [head, second] = path;
  const field =
    head === 'address' && second !== undefined
      ? (addressFields[second] ?? 'line1')
      : topFields.has(head ?? '')
        ? (head as StoreField)
        : 'name';
  return { field, problem: field };
}

/** The body the server's PUT takes, built from the typed fields. */
function candidateOf(draft: StoreDraft): unknown {
  return {
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
  };
}

const text = z.string();

/** The store form's schema: the typed fields checked by the server's `storeProfileInputSchema`. */
export const storeDraftSchema = draftSchemaOver(
  z.object({
    name: text,
    legalName: text,
    company: text,
    line1: text,
    line2: text,
    postalCode: text,
    city: text,
    country: text,
    vatId: text,
    taxNumber: text,
    currency: text,
    timezone: text,
    ossRegistered: z.boolean(),
  }),
  candidateOf,
  storeProfileInputSchema,
  problemOf,
);
