import type { Address } from '../../../../shared/schemas/common';
import type { Order } from '../../../../shared/schemas/order';
import type { DomainErrorBody, ErrorIssue } from '../../../../shared/errors';
import { hasShippedAnything } from '../../../../shared/domain/order/fulfillment';

/** An address as typed into the form: every field a string (optional ones may be empty). */
export type AddressDraft = { [K in keyof Address]-?: string };

/** The edit form's state for one order. */
export interface OrderEditDraft {
  notes: string;
  tags: string[];
  shippingAddress: AddressDraft;
  billingAddress: AddressDraft;
  /** '' means no shipping method. */
  shippingMethodId: string;
  /** Buyer reference (BT-10, Leitweg-ID) for e-invoices; '' means none. */
  buyerReference: string;
}

/** One command to queue for the edit, with its summary for the sync list. */
export interface PlannedEditCommand {
  type: 'order.update' | 'order.add_tags' | 'order.remove_tags';
  payload: Record<string, unknown>;
  summary: string;
}

/** Field errors keyed by form path (`notes`, `tags`, `shippingAddress.city`, `shippingMethodId`, `form`). */
export type FieldErrors = Partial<Record<string, string>>;

function addressDraft(address: Address): AddressDraft {
  return { ...address, company: address.company ?? '', line2: address.line2 ?? '' };
}

/** The form's starting state: the order as the user sees it now. */
export function draftOf(order: Order): OrderEditDraft {
  return {
    notes: order.notes,
    tags: [...order.tags],
    shippingAddress: addressDraft(order.shippingAddress),
    billingAddress: addressDraft(order.billingAddress),
    shippingMethodId: order.shippingMethodId ?? '',
    buyerReference: order.customer.buyerReference ?? '',
  };
}

/** Why addresses and shipping method cannot change any more, or undefined while they can. */
export function logisticsLockReason(order: Order): 'cancelled' | 'shipped' | undefined {
  if (order.status === 'cancelled') return 'cancelled';
  if (hasShippedAnything(order)) return 'shipped';
  return undefined;
}

/** The address to send: optional fields left empty are omitted, the rest as typed (the schema trims). */
function addressOf(draft: AddressDraft): Address {
  const { company, line2, ...required } = draft;
  return {
    ...required,
    country: required.country.trim().toUpperCase(),
    ...(company.trim() === '' ? {} : { company }),
    ...(line2.trim() === '' ? {} : { line2 }),
  };
}

function sameAddress(a: Address, b: Address): boolean {
  const keys: (keyof Address)[] = ['name', 'company', 'line1', 'line2', 'postalCode', 'city', 'country'];
  return keys.every((key) => (a[key] ?? '').trim() === (b[key] ?? '').trim());
}

/** The sync list's line for a planned command, in the user's language. */
export type EditSummary = (
  kind: 'edit' | 'addTags' | 'removeTags',
  number: string,
  detail: string[],
) => string;

const englishSummary: EditSummary = (kind, number, detail) =>
  `Order #${number}: ${{ edit: 'edit', addTags: 'add tags', removeTags: 'remove tags' }[kind]} ${detail.join(', ')}`;

/**
 * The commands that turn `order` into `draft`: notes, addresses and method as one `order.update`,
 * tags as add/remove commands (they merge with edits made on other devices meanwhile).
 */
export function planOrderEdit(
  order: Order,
  draft: OrderEditDraft,
  summarize: EditSummary = englishSummary,
): PlannedEditCommand[] {
  const patch: Record<string, unknown> = {};
  if (draft.notes !== order.notes) patch.notes = draft.notes;
  const shipping = addressOf(draft.shippingAddress);
  if (!sameAddress(shipping, order.shippingAddress)) patch.shippingAddress = shipping;
  const billing = addressOf(draft.billingAddress);
  if (!sameAddress(billing, order.billingAddress)) patch.billingAddress = billing;
  const methodId = draft.shippingMethodId === '' ? null : draft.shippingMethodId;
  if (methodId !== order.shippingMethodId) patch.shippingMethodId = methodId;
  const buyerReference = draft.buyerReference.trim();
  if (buyerReference !== (order.customer.buyerReference ?? ''))
    patch.buyerReference = buyerReference === '' ? null : buyerReference;
  const commands: PlannedEditCommand[] = [];
  const fields = Object.keys(patch);
  if (fields.length > 0)
    commands.push({ type: 'order.update', payload: patch, summary: summarize('edit', order.number, fields) });
  const added = draft.tags.filter((tag) => !order.tags.includes(tag));
  const removed = order.tags.filter((tag) => !draft.tags.includes(tag));
  if (added.length > 0)
    commands.push({
      type: 'order.add_tags',
      payload: { tags: added },
      summary: summarize('addTags', order.number, added),
    });
  if (removed.length > 0)
    commands.push({
      type: 'order.remove_tags',
      payload: { tags: removed },
      summary: summarize('removeTags', order.number, removed),
    });
  return commands;
}

/** A new tag typed by the user, or the reason it cannot be added. */
export function checkNewTag(
  tags: readonly string[],
  raw: string,
):
  | { ok: true; tag: string }
  | { ok: false; problem: 'empty' | 'tooLong' | 'duplicate' | 'tooMany'; tag: string } {
  const tag = raw.trim();
  if (tag === '') return { ok: false, problem: 'empty', tag };
  if (tag.length > 50) return { ok: false, problem: 'tooLong', tag };
  if (tags.includes(tag)) return { ok: false, problem: 'duplicate', tag };
  if (tags.length >= 50) return { ok: false, problem: 'tooMany', tag };
  return { ok: true, tag };
}

/** How the form words a refusal: one issue, the whole error, the lock of shipped/cancelled orders. */
export interface RefusalWords {
  issue: (issue: ErrorIssue) => string;
  whole: (error: DomainErrorBody) => string;
  locked: string;
}

/**
 * Spreads a refusal over the form: zod issues by their path (`tags.0` → `tags`), a conflict over
 * the fields it names, anything else on the form as a whole.
 */
export function fieldErrorsOf(
  error: DomainErrorBody,
  command: PlannedEditCommand['type'],
  words: RefusalWords,
): FieldErrors {
  const errors: FieldErrors = {};
  const put = (path: string, message: string): void => {
    errors[path] ??= message;
  };
  for (const issue of error.issues ?? []) {
    const [head, second] = issue.path.split('.');
    const message = words.issue(issue);
    if (command !== 'order.update' || head === 'tags') put('tags', message);
    else if (head === 'shippingAddress' || head === 'billingAddress')
      put(second ? `${head}.${second}` : head, message);
    else put(head && head !== '' ? head : 'form', message);
  }
  const conflicting = error.details?.fields;
  if (error.code === 'CONFLICT' && Array.isArray(conflicting))
    for (const field of conflicting) if (typeof field === 'string') put(field, words.locked);
  if (Object.keys(errors).length === 0) put('form', words.whole(error));
  return errors;
}
