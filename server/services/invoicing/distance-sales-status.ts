import { distanceSalesState, ossThresholdCents } from '../../../shared/domain/vat/oss-threshold';
import type { DistanceSalesStatus } from '../../../shared/schemas/invoice-settings';
import type { Queryable } from '../../db/sql-client';
import { storeOssFlags } from '../storefront-store';

/** This calendar year's EU distance sales of the store against the OSS threshold, for the settings screen. */
export async function distanceSalesStatus(
  db: Queryable,
  storeId: string,
  now: Date,
): Promise<DistanceSalesStatus> {
  const { distanceSales } = await storeOssFlags(db, storeId, now);
  return {
    year: distanceSales.year,
    netCents: distanceSales.netCents,
    thresholdCents: ossThresholdCents,
    state: distanceSalesState(distanceSales),
  };
}
