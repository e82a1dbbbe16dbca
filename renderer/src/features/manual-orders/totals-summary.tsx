import { Fragment } from 'react';
import type { Order } from '../../../../shared/schemas/order';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';

/** Net, VAT per rate, shipping and total of an order (or of the order a form would create). */
export function TotalsSummary({
  order,
}: {
  order: Pick<Order, 'items' | 'shippingCost' | 'totals' | 'currency'>;
}) {
  const t = useT('manualOrders');
  const fmt = useFormat();
  const money = (minor: number): string => fmt.money(minor, order.currency);
  const subtotal = order.items.reduce((sum, item) => sum + item.lineNet, 0);
  return (
    <dl className="totals" data-testid="live-totals">
      <dt>{t('totals.subtotal')}</dt>
      <dd>{money(subtotal)}</dd>
      <dt>{t('totals.shipping')}</dt>
      <dd>{money(order.shippingCost)}</dd>
      <dt>{t('totals.net')}</dt>
      <dd>{money(order.totals.net)}</dd>
      {order.totals.byRate.map((row) => (
        <Fragment key={row.rate}>
          <dt>{t('totals.vatRate', { rate: fmt.number(row.rate) })}</dt>
          <dd>{money(row.vat)}</dd>
        </Fragment>
      ))}
      <dt className="strong">{t('totals.gross')}</dt>
      <dd className="strong" data-testid="live-total">
        {money(order.totals.gross)}
      </dd>
    </dl>
  );
}
