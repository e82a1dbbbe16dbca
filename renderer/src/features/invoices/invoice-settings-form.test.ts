import { describe, expect, it } from 'vitest';
import type { StoreInvoiceSettings } from '../../../../shared/schemas/invoice-settings';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/invoices';
import en from '../../i18n/locales/en/invoices';
import {
  draftOfSettings,
  settingsBaseOf,
  settingsDraftSchema,
  type SettingsField,
} from './invoice-settings-form';

const stored: StoreInvoiceSettings = {
  storeId: '00000000-0000-4000-8000-000000000001',
  legalName: 'Bergwerk GmbH',
  address: {
    name: 'Bergwerk GmbH',
    line1: 'Hafenstraße 12',
    postalCode: '20457',
    city: 'Hamburg',
    country: 'DE',
  },
  vatNumber: 'DE123456789',
  companyRegistrationId: null,
  bankDetails: { bankName: 'Hafenbank', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
  invoicePrefix: 'RE',
  paymentTermsDays: 14,
  footerText: '',
  logo: 'data:image/png;base64,AAAA',
  language: 'de',
  pricesIncludeVat: true,
  timeZone: 'Europe/Berlin',
  ossRegistered: true,
  distanceSalesThresholdExceeded: false,
  autoInvoiceTrigger: 'on_payment',
  version: 3,
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const base = settingsBaseOf(stored);
const schema = settingsDraftSchema(base);

describe('invoice settings form (the server’s PUT schema)', () => {
  it('gives back the stored settings unchanged, keeping what the form does not show', () => {
    expect(problemsOf(schema, draftOfSettings(base))).toEqual({ ok: true, value: base });
  });

  it('reads terms as whole days, upper-cases the prefix, and empty bank fields as no bank details', () => {
    const checked = problemsOf(schema, {
      ...draftOfSettings(base),
      paymentTermsDays: '30',
      invoicePrefix: 're',
      iban: '',
      bic: '',
    });
    expect(checked).toMatchObject({
      ok: true,
      value: { paymentTermsDays: 30, invoicePrefix: 'RE', bankDetails: null },
    });
  });

  it('puts each problem on its field', () => {
    const checked = problemsOf(schema, {
      ...draftOfSettings(base),
      legalName: ' ',
      postalCode: '',
      iban: 'DE12',
      invoicePrefix: 'CN',
      paymentTermsDays: '14.5',
      vatNumber: 'DE',
    });
    expect(checked).toEqual({
      ok: false,
      problems: {
        legalName: 'legalName',
        postalCode: 'postalCode',
        iban: 'iban',
        invoicePrefix: 'invoicePrefix',
        paymentTermsDays: 'paymentTermsDays',
        vatNumber: 'vatNumber',
      },
    });
  });

  it('has a sentence for every field in German and English', () => {
    const fields: SettingsField[] = [
      'legalName',
      'line1',
      'postalCode',
      'city',
      'country',
      'vatNumber',
      'companyRegistrationId',
      'iban',
      'bic',
      'invoicePrefix',
      'paymentTermsDays',
      'language',
      'footerText',
    ];
    for (const field of fields) {
      expect(de.settings.invalid[field]).toMatch(/\w/);
      expect(en.settings.invalid[field]).not.toBe(de.settings.invalid[field]);
    }
  });
});
