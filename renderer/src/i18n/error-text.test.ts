import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError, issuesFromZod } from '../../../shared/errors';
import { i18next } from './i18n';
import { describeError, describeFieldErrors, describeIssue } from './error-text';
import { formattersFor } from './format';
import type { Language } from './languages';

function tools(language: Language) {
  return { t: i18next.getFixedT(language, 'errors'), fmt: formattersFor(language) };
}

function zodError(schema: z.ZodType, input: unknown): DomainError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return new DomainError('BAD_INPUT', 'Invalid input', { issues: issuesFromZod(result.error.issues) });
}

describe('error text', () => {
  it('names an empty required field in words, not zod', () => {
    const error = zodError(z.object({ name: z.string().trim().min(1) }), { name: '' });
    const { t, fmt } = tools('de');
    expect(describeError(error, t, fmt)).toBe('Bitte füllen Sie „Name“ aus.');
    const en = tools('en');
    expect(describeError(error, en.t, en.fmt)).toBe('Please fill in “Name”.');
  });

  it('puts a row issue on the row the user sees, counted from 1', () => {
    const issue = { path: 'items.0.quantity', message: 'At most 1' };
    const { t, fmt } = tools('de');
    expect(describeIssue(issue, t, fmt)).toBe('Zeile 1: „Menge“ darf höchstens 1 sein.');
    // the payload sent only the third row of the table
    expect(describeIssue(issue, t, fmt, { rowOf: (index) => [3][index] })).toBe(
      'Zeile 3: „Menge“ darf höchstens 1 sein.',
    );
  });

  it('shows refund limits as money with the currency', () => {
    const error = new DomainError('BUSINESS_RULE', 'At most 70431 can still be refunded', {
      details: { rule: 'over_refund', refundable: 70431 },
      issues: [{ path: 'amount', message: 'At most 70431' }],
    });
    const { t, fmt } = tools('de');
    const text = describeError(error, t, fmt, { currency: 'EUR' }).replace(/\u00a0/g, ' ');
    expect(text).toBe('Es können höchstens noch 704,31 € erstattet werden.');
    const issue = describeIssue({ path: 'amount', message: 'At most 70431' }, t, fmt, { currency: 'EUR' });
    expect(issue.replace(/\u00a0/g, ' ')).toBe('„Betrag“ darf höchstens 704,31 € sein.');
  });

  it('words status transitions with status names, not stored values', () => {
    const error = new DomainError('INVALID_TRANSITION', 'Cannot change status from on_hold to shipped', {
      details: { from: 'on_hold', to: 'shipped', allowed: [] },
    });
    const { t, fmt } = tools('de');
    expect(describeError(error, t, fmt)).toBe(
      'Der Status kann nicht von „Angehalten“ auf „Versendet“ wechseln.',
    );
  });

  it('reads REST bodies, tRPC errors and network failures; never shows JSON', () => {
    const { t, fmt } = tools('de');
    const rest = {
      error: {
        code: 'FORBIDDEN',
        message: 'Missing permission orders.refund',
        details: { permission: 'orders.refund' },
      },
    };
    expect(describeError(rest, t, fmt)).toBe('Dafür brauchen Sie die Berechtigung „Erstattungen buchen“.');
    const trpc = {
      message: 'x',
      data: { domain: { code: 'UNAUTHENTICATED', message: 'Wrong e-mail or password' } },
    };
    expect(describeError(trpc, t, fmt)).toBe('E-Mail oder Passwort ist falsch.');
    expect(describeError(new TypeError('Failed to fetch'), t, fmt)).toMatch(/Keine Verbindung/);
    expect(describeError({ code: 'RATE_LIMITED', message: 'slow down' }, t, fmt)).toMatch(
      /Zu viele Versuche/,
    );
  });

  it('words every error code in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const { t, fmt } = tools(language);
      for (const code of ['BAD_INPUT', 'CONFLICT', 'INTERNAL', 'NOT_FOUND'] as const) {
        const text = describeError(new DomainError(code, 'dev text'), t, fmt);
        expect(text).not.toMatch(/dev text|[A-Z]{3,}_/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('words zod limits, e-mails, whole numbers and choices', () => {
    const schema = z.object({
      email: z.email(),
      quantity: z.number().int().positive(),
      notes: z.string().max(3),
      status: z.enum(['a', 'b']),
      tags: z.array(z.string()).max(1),
    });
    const error = zodError(schema, {
      email: 'x',
      quantity: 1.5,
      notes: 'long',
      status: 'c',
      tags: ['a', 'b'],
    });
    const { t, fmt } = tools('de');
    expect(describeFieldErrors(error, t, fmt)).toEqual({
      email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
      quantity: '„Menge“ muss eine ganze Zahl sein.',
      notes: '„Notizen“ darf höchstens 3 Zeichen haben.',
      status: 'Bitte wählen Sie einen Wert für „Status“.',
      tags: '„Tags“ darf höchstens 1 Einträge haben.',
    });
    const negative = zodError(z.object({ quantity: z.number().positive() }), { quantity: 0 });
    expect(describeError(negative, t, fmt)).toBe('„Menge“ muss größer als 0 sein.');
  });
});
