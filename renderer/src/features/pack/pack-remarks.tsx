import type { Order } from '../../../../shared/schemas/order';
import { useT } from '../../i18n/use-t';

/** Order notes and gift message in a large banner above the lines, so "Fragile!" cannot be missed. */
export function PackRemarks({ order }: { order: Pick<Order, 'notes' | 'giftMessage' | 'tags'> }) {
  const t = useT('pack');
  const notes = order.notes.trim();
  const gift = order.giftMessage?.trim() ?? '';
  if (!notes && !gift) return null;
  return (
    <div className="pack-remarks" role="note" data-testid="pack-remarks">
      {notes && (
        <p>
          <strong>{t('screen.notes')}:</strong> {notes}
        </p>
      )}
      {gift && (
        <p>
          <strong>{t('screen.giftMessage')}:</strong> {gift}
        </p>
      )}
    </div>
  );
}
