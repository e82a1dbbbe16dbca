import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import type { DomainErrorBody, ErrorIssue } from '../../../shared/errors';
import { permissions, type Permission } from '../../../shared/schemas/permission';
import { orderStatuses, type OrderStatus } from '../../../shared/schemas/order';
import enErrors from './locales/en/errors';
import { errorBodyOf, NETWORK } from './error-body';
import { enumLabelIn } from './enum-label';
import { useFormat, type Formatters } from './format';
import { useT } from './use-t';

type ErrorsT = TFunction<'errors'>;
type FieldKey = keyof typeof enErrors.field;

/** What a screen knows that the error does not: the currency of amounts, how list rows are numbered. */
export interface ErrorContext {
  /** Amounts in issues and limits are minor units of this currency. */
  currency?: string | undefined;
  /**
   * The row the user sees for index `index` of the list `list` in the payload (e.g. the ship form
   * sends only lines with a quantity, so payload line 0 may be the table's row 3). 1-based.
   */
  rowOf?: ((index: number, list: string) => number | undefined) | undefined;
}

interface Tools {
  t: ErrorsT;
  fmt: Formatters;
  ctx: ErrorContext;
}

function isFieldKey(name: string): name is FieldKey {
  return Object.hasOwn(enErrors.field, name);
}

/** The field's name in words: `shippingAddress.postalCode` → "Postal code". */
export function fieldLabel(name: string, t: ErrorsT): string {
  if (isFieldKey(name)) return t(`field.${name}`);
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const moneyFields = new Set(['amount', 'price', 'gross', 'net', 'minOrderValue']);

function limitText(limit: number, field: string, { fmt, ctx }: Tools): string {
  return ctx.currency && moneyFields.has(field) ? fmt.money(limit, ctx.currency) : fmt.number(limit);
}

/** One issue as a sentence, without its row. */
function issueSentence(issue: ErrorIssue, field: string, tools: Tools): string {
  const { t } = tools;
  const label = fieldLabel(field, t);
  const message = issue.message;
  const code = issue.code ?? codeFromMessage(message);
  const limit = issue.limit ?? limitFromMessage(message);
  const at = (key: 'tooShortText' | 'tooLongText' | 'tooSmall' | 'tooBig' | 'tooFew' | 'tooMany'): string =>
    t(`issue.${key}`, { field: label, limit: limit === undefined ? '' : limitText(limit, field, tools) });
  const origin = issue.origin ?? originFromMessage(message);
  switch (code) {
    case 'too_small':
      if (origin === 'string')
        return limit === 1 ? t('issue.required', { field: label }) : at('tooShortText');
      if (origin === 'array' || origin === 'set')
        return limit === 1 ? t('issue.required', { field: label }) : at('tooFew');
      return limit === 0 && />\s*0/.test(message) ? t('issue.positive', { field: label }) : at('tooSmall');
    case 'too_big':
      if (origin === 'string') return at('tooLongText');
      if (origin === 'array' || origin === 'set') return at('tooMany');
      return at('tooBig');
    case 'invalid_type':
      if (/expected int/.test(message)) return t('issue.wholeNumber', { field: label });
      return /received undefined|Required/.test(message)
        ? t('issue.required', { field: label })
        : t('issue.invalid', { field: label });
    case 'invalid_format':
      return issue.format === 'email' || /email/i.test(message)
        ? t('issue.email')
        : t('issue.format', { field: label });
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_enum_value':
      return t('issue.choice', { field: label });
    case 'required':
      return t('issue.required', { field: label });
    default:
      // A rule's own sentence (custom refinements) is English; other languages name the field.
      return tools.fmt.locale.startsWith('en')
        ? t('issue.custom', { field: label, message })
        : t('issue.invalid', { field: label });
  }
}

function codeFromMessage(message: string): string | undefined {
  if (/^Too small|^At least/.test(message)) return 'too_small';
  if (/^Too big|^At most/.test(message)) return 'too_big';
  if (/^Invalid input: expected/.test(message)) return 'invalid_type';
  if (/^Invalid (email|string|format)/.test(message)) return 'invalid_format';
  if (/^Invalid option|^Invalid enum/.test(message)) return 'invalid_value';
  if (/^Required$/.test(message)) return 'required';
  return undefined;
}

function limitFromMessage(message: string): number | undefined {
  const match = /(?:At (?:most|least)|[<>]=?)\s*(-?\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function originFromMessage(message: string): string | undefined {
  if (/characters?$/.test(message)) return 'string';
  if (/items?$/.test(message)) return 'array';
  return /expected (string|number|array)/.exec(message)?.[1];
}

/** An issue as the user reads it: "Row 2: “Quantity” can be at most 1." */
export function describeIssue(
  issue: ErrorIssue,
  t: ErrorsT,
  fmt: Formatters,
  ctx: ErrorContext = {},
): string {
  const parts = issue.path.split('.').filter((part) => part !== '');
  const lastIndex = parts.findLastIndex((part) => /^\d+$/.test(part));
  const field = [...parts].reverse().find((part) => !/^\d+$/.test(part)) ?? 'form';
  const sentence = issueSentence(issue, field, { t, fmt, ctx });
  // `items.0.quantity` names a row; `tags.0` is one value of the tags field.
  if (lastIndex < 0 || lastIndex === parts.length - 1) return sentence;
  const index = Number(parts[lastIndex]);
  const list = parts.slice(0, lastIndex).join('.');
  const row = ctx.rowOf ? ctx.rowOf(index, list) : index + 1;
  return row === undefined ? sentence : t('issue.row', { row, message: sentence });
}

function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (permissions as readonly string[]).includes(value);
}

function isStatus(value: unknown): value is OrderStatus {
  return typeof value === 'string' && (orderStatuses as readonly string[]).includes(value);
}

/** A sentence for the errors we know by their rule, reason or message; undefined for others. */
function knownSentence(body: DomainErrorBody, { t, fmt, ctx }: Tools): string | undefined {
  const details = body.details ?? {};
  const rule = details.rule ?? details.reason;
  const language = fmt.locale.startsWith('de') ? 'de' : 'en';
  const status = (value: OrderStatus): string => enumLabelIn(language, 'orderStatus', value);
  const product = /of (.+?) (?:left to ship|can still be refunded)/.exec(body.message)?.[1] ?? '';
  if (rule === 'over_ship' && typeof details.remaining === 'number')
    return t('known.overShip', { remaining: details.remaining, product });
  if (rule === 'over_refund' && typeof details.refundable === 'number')
    return details.orderItemId
      ? t('known.overRefundQuantity', { refundable: details.refundable, product })
      : t('known.overRefundAmount', {
          amount: ctx.currency ? fmt.money(details.refundable, ctx.currency) : fmt.number(details.refundable),
        });
  const byRule: Record<string, Parameters<ErrorsT>[0]> = {
    open_exceptions: 'known.openExceptions',
    not_paid: 'known.notPaid',
    already_invoiced: 'known.alreadyInvoiced',
    nothing_to_invoice: 'known.nothingToInvoice',
    no_invoice_settings: 'known.noInvoiceSettings',
    invoice_immutable: 'known.invoiceImmutable',
    duplicate_invoice_number: 'known.duplicateInvoiceNumber',
  };
  if (typeof rule === 'string' && byRule[rule]) return t(byRule[rule] as 'known.notPaid');
  if (body.code === 'FORBIDDEN' && details.permission === 'admin') return t('known.adminOnly');
  if (body.code === 'FORBIDDEN' && isPermission(details.permission))
    return t('known.missingPermission', {
      permission: enumLabelIn(language, 'permission', details.permission),
    });
  if (body.code === 'INVALID_TRANSITION' && isStatus(details.from)) {
    if (/^Cannot ship/.test(body.message)) return t('known.cannotShip', { status: status(details.from) });
    if (/^Cannot cancel/.test(body.message)) return t('known.cannotCancel', { status: status(details.from) });
    if (isStatus(details.to))
      return t('known.statusChange', { from: status(details.from), to: status(details.to) });
  }
  return knownByMessage(body.message, t);
}

const messagePatterns: [RegExp, Parameters<ErrorsT>[0]][] = [
  [/^Wrong e-mail or password/, 'known.wrongPassword'],
  [/^No connection, and this user/, 'known.offlineUnknownUser'],
  [/^User no longer active/, 'known.inactiveUser'],
  [/^This shipment already exists/, 'known.shipmentExists'],
  [/^This refund was already recorded/, 'known.refundExists'],
  [/^This exception is already/, 'known.exceptionClosed'],
  [/^This order item is already matched/, 'known.alreadyMatched'],
  [/^No open exceptions with this GTIN/, 'known.noOpenWithGtin'],
  [/cannot carry/, 'known.tooHeavy'],
  [/(user|account) with this e-mail/, 'known.duplicateUser'],
  [/^A product with this .* already exists/, 'known.duplicateProduct'],
  [/^Invoices are immutable/, 'known.invoiceImmutable'],
  [/already has invoice/, 'known.alreadyInvoiced'],
  [/^Invoice number .* is already taken/, 'known.duplicateInvoiceNumber'],
  [/^Nothing to change/, 'known.nothingChanged'],
  [/^No invoice yet/, 'known.noInvoiceYet'],
];

function knownByMessage(message: string, t: ErrorsT): string | undefined {
  const found = messagePatterns.find(([pattern]) => pattern.test(message));
  return found ? t(found[1] as 'known.notPaid') : undefined;
}

/** Any error as one or more sentences in the user's language; never a code, path or JSON. */
export function describeError(error: unknown, t: ErrorsT, fmt: Formatters, ctx: ErrorContext = {}): string {
  const body = errorBodyOf(error);
  if (body === NETWORK) return t('code.NETWORK');
  const tools = { t, fmt, ctx };
  const known = knownSentence(body, tools);
  if (known) return known;
  const issues = body.issues ?? [];
  if (issues.length > 0)
    return [...new Set(issues.map((issue) => describeIssue(issue, t, fmt, ctx)))].join(' ');
  return t(`code.${body.code}`);
}

/** Field errors for a form: each issue's sentence under its path (`items.0.quantity`), the rest under `form`. */
export function describeFieldErrors(
  error: unknown,
  t: ErrorsT,
  fmt: Formatters,
  ctx: ErrorContext = {},
): Record<string, string> {
  const body = errorBodyOf(error);
  const errors: Record<string, string> = {};
  if (body !== NETWORK && !knownSentence(body, { t, fmt, ctx }))
    for (const issue of body.issues ?? []) errors[issue.path || 'form'] ??= describeIssue(issue, t, fmt, ctx);
  if (Object.keys(errors).length === 0) errors.form = describeError(error, t, fmt, ctx);
  return errors;
}

/** `(error, context?) => sentence` in the language shown now. */
export function useErrorText(): (error: unknown, ctx?: ErrorContext) => string {
  const t = useT('errors');
  const fmt = useFormat();
  return useCallback((error, ctx) => describeError(error, t, fmt, ctx), [t, fmt]);
}
