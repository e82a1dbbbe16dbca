import type { DistanceSalesStatus } from '../../../../shared/schemas/invoice-settings';
import { useData } from '../../data/data-context';
import { useInvoiceSettingsFromServer } from './queries';
import { useFormat } from '../../i18n/format';
import { ossThresholdText } from './oss-threshold-text';
import { useT } from '../../i18n/use-t';

/** This year's EU distance sales from the server (online only; nothing is shown offline). */
function useDistanceSales(enabled: boolean): DistanceSalesStatus | undefined {
  return useInvoiceSettingsFromServer(enabled).data?.distanceSales;
}

/** Presentational: the warning (from 80 %) or the notice that the OSS threshold is crossed; nothing below 80 %. */
export function OssThresholdNotice({ status }: { status: DistanceSalesStatus }) {
  const t = useT('invoices');
  const fmt = useFormat();
  const text = ossThresholdText(status, t, fmt);
  if (!text) return null;
  return (
    <p className="notice" role="alert" data-testid="oss-threshold">
      {text}
    </p>
  );
}

/** The OSS threshold banner for admin screens (invoice settings, invoices list). */
export function OssThresholdBanner() {
  const { session } = useData();
  const status = useDistanceSales(session.user.isAdmin);
  if (!session.user.isAdmin || !status) return null;
  return <OssThresholdNotice status={status} />;
}
