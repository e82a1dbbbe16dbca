import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/admin';
import en from '../../i18n/locales/en/admin';
import {
  newUserDraftSchema,
  passwordDraftSchema,
  userChangeDraftSchema,
  userDraftOf,
} from './user-form-schema';

const draft = {
  ...userDraftOf(undefined),
  name: 'Lena Pack',
  email: 'lena@shop.test',
  password: 'secret123',
};

describe('user form schemas (the server’s create and update schemas)', () => {
  it('gives a new account as the create route takes it', () => {
    expect(problemsOf(newUserDraftSchema, draft)).toEqual({
      ok: true,
      value: {
        name: 'Lena Pack',
        email: 'lena@shop.test',
        password: 'secret123',
        permissions: ['orders.view'],
        isAdmin: false,
      },
    });
  });

  it('puts each problem on its field, with a sentence in German and English', () => {
    const checked = problemsOf(newUserDraftSchema, {
      ...draft,
      name: '  ',
      email: 'lena',
      password: 'short',
    });
    expect(checked).toEqual({ ok: false, problems: { name: 'name', email: 'email', password: 'password' } });
    for (const problem of ['name', 'email', 'password', 'permissions'] as const) {
      expect(de.users.invalid[problem]).toMatch(/\w/);
      expect(en.users.invalid[problem]).toMatch(/\w/);
      expect(de.users.invalid[problem]).not.toBe(en.users.invalid[problem]);
    }
  });

  it('changes only name, permissions and admin flag of an existing account', () => {
    const user = {
      id: 'u1',
      email: 'a@b.test',
      name: 'Old',
      permissions: [],
      isAdmin: true,
      active: true,
      storeId: 's',
    };
    expect(problemsOf(userChangeDraftSchema, { ...userDraftOf(user as never), name: 'New' })).toEqual({
      ok: true,
      value: { name: 'New', permissions: [], isAdmin: true },
    });
    expect(problemsOf(userChangeDraftSchema, { ...userDraftOf(user as never), name: '' })).toEqual({
      ok: false,
      problems: { name: 'name' },
    });
  });

  it('asks for a password of at least 8 characters', () => {
    expect(problemsOf(passwordDraftSchema, { password: 'short' })).toEqual({
      ok: false,
      problems: { password: 'password' },
    });
    expect(problemsOf(passwordDraftSchema, { password: 'longenough' })).toEqual({
      ok: true,
      value: { password: 'longenough' },
    });
  });
});
