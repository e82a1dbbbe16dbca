import { z } from 'zod';
import {
  autoInvoiceTriggerSchema,
  invoiceSettingsInputSchema,
  type InvoiceSettingsInput,
  type StoreInvoiceSettings,
} from '../../../../shared/schemas/invoice-settings';
import { draftSchemaOver } from '../../forms/draft-schema';

/** The invoice settings form's fields as typed (terms as text until saved). */
export interface SettingsDraft {
  legalName: string;
  line1: string;
  postalCode: string;
  city: string;
  country: string;
  vatNumber: string;
  companyRegistrationId: string;
  iban: string;
  bic: string;
  invoicePrefix: string;
  paymentTermsDays: string;
  language: string;
  autoInvoiceTrigger: InvoiceSettingsInput['autoInvoiceTrigger'];
  footerText: string;
  pricesIncludeVat: boolean;
  ossRegistered: boolean;
  distanceSalesThresholdExceeded: boolean;
}

/** A field with a sentence `invoices:settings.invalid.<field>`. */
export type SettingsField = Exclude<
  keyof SettingsDraft,
  'pricesIncludeVat' | 'ossRegistered' | 'distanceSalesThresholdExceeded' | 'autoInvoiceTrigger'
>;

/** What the admin edits of the stored settings (the rest, e.g. logo and time zone, is kept as stored). */
export type SettingsBase = InvoiceSettingsInput;

export function settingsBaseOf(settings: StoreInvoiceSettings): SettingsBase {
  const { storeId: _storeId, version: _version, updatedAt: _updatedAt, ...editable } = settings;
  return editable;
}

export function draftOfSettings(base: SettingsBase): SettingsDraft {
  return {
    legalName: base.legalName,
    line1: base.address.line1,
    postalCode: base.address.postalCode,
    city: base.address.city,
    country: base.address.country,
    vatNumber: base.vatNumber,
    companyRegistrationId: base.companyRegistrationId ?? '',
    iban: base.bankDetails?.iban ?? '',
    bic: base.bankDetails?.bic ?? '',
    invoicePrefix: base.invoicePrefix,
    paymentTermsDays: String(base.paymentTermsDays),
    language: base.language,
    autoInvoiceTrigger: base.autoInvoiceTrigger,
    footerText: base.footerText,
    pricesIncludeVat: base.pricesIncludeVat,
    ossRegistered: base.ossRegistered,
    distanceSalesThresholdExceeded: base.distanceSalesThresholdExceeded,
  };
}

const topFields = new Set<PropertyKey>([
  'legalName',
  'vatNumber',
  'companyRegistrationId',
  'invoicePrefix',
  'paymentTermsDays',
  'language',
  'footerText',
]);

function problemOf(path: readonly PropertyKey[]): { field: SettingsField; problem: SettingsField } {
  const [head, second] = path;
  let field: SettingsField = 'legalName';
  if (head === 'address')
    field = second === 'postalCode' || second === 'city' || second === 'country' ? second : 'line1';
  else if (head === 'bankDetails') field = second === 'bic' ? 'bic' : 'iban';
  else if (topFields.has(head ?? '')) field = head as SettingsField;
  return { field, problem: field };
}

/** Whole days as typed ("14"); NaN for anything else, which the shared schema refuses. */
function days(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function candidateOf(base: SettingsBase, draft: SettingsDraft): unknown {
  const bank = draft.iban.trim() === '' && draft.bic.trim() === '';
  return {
    ...base,
    legalName: draft.legalName,
    address: {
      ...base.address,
      line1: draft.line1,
      postalCode: draft.postalCode,
      city: draft.city,
      country: draft.country,
    },
    vatNumber: draft.vatNumber,
    companyRegistrationId: draft.companyRegistrationId.trim() === '' ? null : draft.companyRegistrationId,
    bankDetails: bank ? null : { ...base.bankDetails, iban: draft.iban, bic: draft.bic },
    invoicePrefix: draft.invoicePrefix.trim().toUpperCase(),
    paymentTermsDays: days(draft.paymentTermsDays),
    language: draft.language,
    autoInvoiceTrigger: draft.autoInvoiceTrigger,
    footerText: draft.footerText,
    pricesIncludeVat: draft.pricesIncludeVat,
    ossRegistered: draft.ossRegistered,
    distanceSalesThresholdExceeded: draft.distanceSalesThresholdExceeded,
  };
}

const text = z.string();

/** The form's schema over the stored settings: the typed fields checked by the server's PUT schema. */
export function settingsDraftSchema(base: SettingsBase) {
  return draftSchemaOver(
    z.object({
      legalName: text,
      line1: text,
      postalCode: text,
      city: text,
      country: text,
      vatNumber: text,
      companyRegistrationId: text,
      iban: text,
      bic: text,
      invoicePrefix: text,
      paymentTermsDays: text,
      language: text,
      autoInvoiceTrigger: autoInvoiceTriggerSchema,
      footerText: text,
      pricesIncludeVat: z.boolean(),
      ossRegistered: z.boolean(),
      distanceSalesThresholdExceeded: z.boolean(),
    }),
    (draft) => candidateOf(base, draft),
    invoiceSettingsInputSchema,
    problemOf,
  );
}
