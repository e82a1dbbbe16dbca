/** EUR 10,000 of EU-wide B2C distance sales per calendar year, in cents (Art. 59c Directive 2006/112/EC). */
export const ossThresholdCents = 1_000_000;
/** Share of the threshold from which staff are warned that destination VAT is near. */
export const ossWarningShare = 0.8;

export interface DistanceSalesInput {
  /** Net EU cross-border B2C sales (origin or OSS treatment) of the current calendar year, cents. */
  currentYearNet: number;
  /** The same for the previous calendar year. */
  previousYearNet: number;
  /** The store's manual flag: kept as an override (e.g. sales made before Order Desk was used). */
  manualOverride: boolean;
}

export interface DistanceSalesPosition {
  /** Destination-country VAT applies to EU consumers abroad (VAT.md decision tree). */
  thresholdExceeded: boolean;
  /** At or above 80 % of the threshold this year while still below it. */
  warning: boolean;
  /** Share of the threshold used this year (0–1+). */
  share: number;
}

/**
 * Where the store stands against the OSS threshold: exceeded when the manual flag says so, or when
 * this or last calendar year's EU distance sales went over EUR 10,000; warned from 80 %.
 */
export function distanceSalesPosition(input: DistanceSalesInput): DistanceSalesPosition {
  const share = input.currentYearNet / ossThresholdCents;
  const thresholdExceeded =
    input.manualOverride ||
    input.currentYearNet > ossThresholdCents ||
    input.previousYearNet > ossThresholdCents;
  return { thresholdExceeded, warning: !thresholdExceeded && share >= ossWarningShare, share };
}

/** Below 80 %, warned (80 % up to the threshold), or crossed (destination VAT applies). */
export type DistanceSalesState = 'below' | 'warning' | 'crossed';

/** The state staff are shown for a position. */
export function distanceSalesState(position: DistanceSalesPosition): DistanceSalesState {
  if (position.thresholdExceeded) return 'crossed';
  return position.warning ? 'warning' : 'below';
}
