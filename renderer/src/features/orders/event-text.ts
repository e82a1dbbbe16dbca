import type { TFunction } from 'i18next';
import type { Order, OrderEvent } from '../../../../shared/schemas/order';
import type { EnumGroup } from '../../i18n/enum-label';
import type { Formatters } from '../../i18n/format';

type OrdersT = TFunction<'orders'>;
type Label = (group: EnumGroup, value: string) => string;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

const editedFields = ['notes', 'shippingAddress', 'billingAddress', 'shippingMethodId', 'tags'] as const;
function fieldName(field: string, t: OrdersT): string {
  const known = editedFields.find((name) => name === field);
  return known ? t(`field.${known}`) : field;
}

function unitsOf(items: unknown): number {
  if (!Array.isArray(items)) return 0;
  return items.reduce<number>((sum, line: unknown) => {
    const quantity =
      typeof line === 'object' && line !== null ? (line as { quantity?: unknown }).quantity : 0;
    return sum + (typeof quantity === 'number' ? quantity : 0);
  }, 0);
}

/** "added X, removed Y, new quantity for Z" from an item edit's data. */
function itemChanges(data: Record<string, unknown>, t: OrdersT): string {
  const parts: string[] = [];
  if (list(data.added).length > 0) parts.push(t('event.itemsAdded', { names: list(data.added).join(', ') }));
  if (list(data.removed).length > 0)
    parts.push(t('event.itemsRemoved', { names: list(data.removed).join(', ') }));
  if (list(data.changed).length > 0)
    parts.push(t('event.itemsRecounted', { names: list(data.changed).join(', ') }));
  return parts.join('; ');
}

/** A timeline line in words, from the event's type and data (the stored English message only as a last resort). */
export function eventText(
  event: OrderEvent,
  order: Order,
  t: OrdersT,
  label: Label,
  fmt: Formatters,
): string {
  const data = event.data ?? {};
  switch (event.type) {
    case 'created':
      if (data.manual === true)
        return t(data.draft === true ? 'event.createdDraft' : 'event.createdManual', {
          name: event.userName ?? '',
        });
      return order.channel === 'marketplace' ? t('event.createdMarketplace') : t('event.created');
    case 'items_edited':
      return t('event.itemsEdited', { changes: itemChanges(data, t) });
    case 'draft_confirmed':
      return t('event.draftConfirmed', { number: order.number });
    case 'imported': {
      const values = { marketplace: str(data.marketplace), externalId: str(data.externalId) };
      const unmatched = Array.isArray(data.unmatchedItems) ? data.unmatchedItems.length : 0;
      return unmatched > 0
        ? t('event.importedUnmatched', { ...values, count: unmatched })
        : t('event.imported', values);
    }
    case 'status_changed':
      return t('event.statusChanged', {
        from: label('orderStatus', str(data.from)),
        to: label('orderStatus', str(data.to)),
      });
    case 'cancelled':
      return t('event.cancelled', { reason: str(data.reason) });
    case 'tags_added':
      return t('event.tagsAdded', { tags: list(data.tags).join(', ') });
    case 'tags_removed':
      return t('event.tagsRemoved', { tags: list(data.tags).join(', ') });
    case 'notes_changed':
      return t('event.notesChanged');
    case 'order_updated':
      return t('event.edited', {
        fields: list(data.fields)
          .map((field) => fieldName(field, t))
          .join(', '),
      });
    case 'shipment_created':
      return t('event.shipped', {
        count: unitsOf(data.items),
        carrier: str(data.carrier),
        tracking: str(data.trackingNumber),
      });
    case 'shipment_status_changed': {
      const shipment = order.shipments.find((s) => s.id === data.shipmentId);
      return t('event.shipmentStatus', {
        tracking: shipment?.trackingNumber ?? '',
        status: label('shipmentStatus', str(data.to)),
      });
    }
    case 'refunded':
      return t('event.refunded', {
        amount: typeof data.amount === 'number' ? fmt.money(data.amount, order.currency) : '',
        reason: str(data.reason),
      });
    case 'invoice_issued':
      return t('event.invoiceIssued', { number: str(data.number) });
    case 'credit_note_issued':
      return t('event.creditNoteIssued', {
        number: str(data.number),
        invoice: str(data.invoiceNumber) || (/for invoice (\S+)/.exec(event.message)?.[1] ?? ''),
      });
    case 'credit_note_needed':
      return t('event.creditNoteNeeded');
    case 'invoice_conflict':
      return t('event.invoiceConflict', { number: str(data.number) });
    case 'invoice_series_gap':
      return t('event.invoiceSeriesGap', { series: str(data.series) });
    case 'exception_resolved':
      return t('event.exceptionResolved');
    case 'exception_ignored':
      return t('event.exceptionIgnored', { reason: str(data.reason) });
    default:
      return event.message;
  }
}
