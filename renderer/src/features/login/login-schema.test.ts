import { describe, expect, it } from 'vitest';
import { problemsOf } from '../../forms/draft-schema';
import de from '../../i18n/locales/de/common';
import en from '../../i18n/locales/en/common';
import { emptyLogin, loginDraftSchema } from './login-schema';

describe('sign-in form (the server’s loginInputSchema)', () => {
  it('sends the address trimmed and in lower case, the password as typed', () => {
    expect(problemsOf(loginDraftSchema, { email: ' Admin@Example.com ', password: ' secret ' })).toEqual({
      ok: true,
      value: { email: 'admin@example.com', password: ' secret ' },
    });
  });

  it('puts a missing or malformed address and a missing password on their fields', () => {
    expect(problemsOf(loginDraftSchema, emptyLogin)).toEqual({
      ok: false,
      problems: { email: 'email', password: 'password' },
    });
    expect(problemsOf(loginDraftSchema, { email: 'admin', password: 'x' })).toEqual({
      ok: false,
      problems: { email: 'email' },
    });
  });

  it('has a German and an English sentence for each problem', () => {
    for (const field of ['email', 'password'] as const) {
      expect(de.login.invalid[field]).toMatch(/\.$/);
      expect(en.login.invalid[field]).toMatch(/\.$/);
    }
  });
});
