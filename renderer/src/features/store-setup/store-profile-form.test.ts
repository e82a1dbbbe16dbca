import { describe, expect, it } from 'vitest';
import type { StoreProfile } from '../../../../shared/schemas/store-profile';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/admin';
import en from '../../i18n/locales/en/admin';
import { draftOfProfile, storeDraftSchema, type StoreField } from './store-profile-form';

const fresh: StoreProfile = {
  id: '00000000-0000-4000-8000-000000000001',
  code: 'OD',
  country: 'DE',
  name: 'Order Desk',
  legalName: '-',
  address: { name: '-', line1: '-', postalCode: '-', city: '-', country: 'DE' },
  vatId: null,
  taxNumber: null,
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  ossRegistered: false,
  completedAt: null,
  updatedAt: null,
};

describe('store profile form (the server’s storeProfileInputSchema)', () => {
  it('shows a fresh store’s placeholders blank and puts each problem on its field', () => {
    const draft = { ...draftOfProfile(fresh), timezone: 'Berlin', vatId: 'D 12', country: 'Germany' };
    expect(draft.legalName).toBe('');
    expect(problemsOf(storeDraftSchema, draft)).toEqual({
      ok: false,
      problems: {
        name: 'name',
        legalName: 'legalName',
        line1: 'line1',
        postalCode: 'postalCode',
        city: 'city',
        country: 'country',
        vatId: 'vatId',
        timezone: 'timezone',
      },
    });
  });

  it('gives the PUT body the server takes', () => {
    const draft = {
      ...draftOfProfile(fresh),
      name: 'Bergwerk',
      legalName: 'Bergwerk GmbH',
      line1: 'Hafenstraße 12',
      postalCode: '20457',
      city: 'Hamburg',
      country: 'de',
      vatId: 'DE 123 456 789',
    };
    const checked = problemsOf(storeDraftSchema, draft);
    expect(checked).toMatchObject({
      ok: true,
      value: {
        legalName: 'Bergwerk GmbH',
        vatId: 'DE123456789',
        address: { name: 'Bergwerk GmbH', country: 'DE' },
      },
    });
  });

  it('has a sentence for every field in German and English', () => {
    const fields: StoreField[] = [
      'name',
      'legalName',
      'company',
      'line1',
      'line2',
      'postalCode',
      'city',
      'country',
      'vatId',
      'taxNumber',
      'currency',
      'timezone',
    ];
    for (const field of fields) {
      expect(de.store.invalid[field]).toMatch(/\w/);
      expect(en.store.invalid[field]).not.toBe(de.store.invalid[field]);
    }
  });
});
