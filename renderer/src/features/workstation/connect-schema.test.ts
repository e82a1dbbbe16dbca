import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/workstation';
import en from '../../i18n/locales/en/workstation';
import { connectDraftSchema, deviceNameDraftSchema, firstAdminDraftSchema } from './connect-schema';

describe('connect form', () => {
  it('takes a typed address trimmed and refuses a blank one', () => {
    expect(problemsOf(connectDraftSchema, { url: ' https://orders.example.com ' })).toEqual({
      ok: true,
      value: { url: 'https://orders.example.com' },
    });
    expect(problemsOf(connectDraftSchema, { url: '  ' })).toEqual({ ok: false, problems: { url: 'url' } });
  });
});

describe('standalone choice (firstAdminSchema)', () => {
  it('names no administrator when the address is blank', () => {
    expect(problemsOf(firstAdminDraftSchema, { email: ' ', password: 'short' })).toEqual({
      ok: true,
      value: undefined,
    });
  });

  it('takes a valid administrator and puts each problem on its field', () => {
    expect(problemsOf(firstAdminDraftSchema, { email: ' a@b.de ', password: '0123456789' })).toEqual({
      ok: true,
      value: { email: 'a@b.de', password: '0123456789' },
    });
    expect(problemsOf(firstAdminDraftSchema, { email: 'admin', password: 'short' })).toEqual({
      ok: false,
      problems: { email: 'adminEmail', password: 'adminPassword' },
    });
  });

  it('has a German and an English sentence for each problem', () => {
    for (const problem of ['url', 'adminEmail', 'adminPassword', 'deviceName'] as const) {
      expect(de.invalid[problem]).toMatch(/\.$/);
      expect(en.invalid[problem]).toMatch(/\.$/);
    }
  });
});

describe('workstation name', () => {
  it('saves the name trimmed and refuses a blank or too long one', () => {
    expect(problemsOf(deviceNameDraftSchema, { name: ' Packing 2 ' })).toEqual({
      ok: true,
      value: { name: 'Packing 2' },
    });
    const refused = { ok: false, problems: { name: 'deviceName' } };
    for (const name of [' ', 'x'.repeat(101)]) {
      expect(problemsOf(deviceNameDraftSchema, { name })).toEqual(refused);
    }
  });
});
