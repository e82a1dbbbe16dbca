import type { TFunction } from 'i18next';
import type { DistanceSalesStatus } from '../../../../shared/schemas/invoice-settings';
import type { Formatters } from '../../i18n/format';

/** The sentence staff see about the OSS threshold (money as money), or undefined below 80 %. */
export function ossThresholdText(
  status: DistanceSalesStatus,
  t: TFunction<'invoices'>,
  fmt: Formatters,
): string | undefined {
  if (status.state === 'below') return undefined;
  const values = {
    year: String(status.year),
    sales: fmt.money(status.netCents, 'EUR'),
    threshold: fmt.money(status.thresholdCents, 'EUR'),
    percent: fmt.percent(status.netCents / status.thresholdCents),
  };
  return status.state === 'warning' ? t('oss.warning', values) : t('oss.crossed', values);
}
