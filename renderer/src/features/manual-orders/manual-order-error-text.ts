import type { DomainErrorBody } from '../../../../shared/errors';
import { useErrorText } from '../../i18n/error-text';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** Manual-order refusals (draft, stock, items locked) in words; anything else through the app's error text. */
export function useManualOrderErrorText(): (error: DomainErrorBody, currency?: string) => string {
  const t = useT('manualOrders');
  const fmt = useFormat();
  const errorText = useErrorText();
  return (error, currency) => {
    const details = error.details ?? {};
    switch (details.reason) {
      case 'draft':
        return t('errors.draft');
      case 'not_draft':
        return t('errors.notDraft');
      case 'not_enough_stock':
        return t('errors.notEnoughStock', {
          product: typeof details.product === 'string' ? details.product : '',
          available: fmt.number(Number(details.available ?? 0)),
          requested: fmt.number(Number(details.requested ?? 0)),
        });
      case 'country_not_served':
        return t('errors.countryNotServed', {
          country: fmt.country(typeof details.country === 'string' ? details.country : ''),
        });
      case 'items_locked':
        if (
          details.lock === 'shipped' ||
          details.lock === 'invoiced' ||
          details.lock === 'cancelled' ||
          details.lock === 'refunded'
        )
          return t(`edit.locked.${details.lock}`);
        break;
      case 'unmatched_item':
        return t('edit.unmatched');
    }
    return errorText(error, { currency });
  };
}
