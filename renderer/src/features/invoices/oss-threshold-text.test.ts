import { describe, expect, it } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { formattersFor } from '../../i18n/format';
import { ossThresholdText } from './oss-threshold-text';

const status = (netCents: number, state: 'below' | 'warning' | 'crossed') => ({
  year: 2026,
  netCents,
  thresholdCents: 1_000_000,
  state,
});

describe('OSS threshold banner text', () => {
  it('warns at 80 % in German and English with the amounts as money', () => {
    const de = ossThresholdText(
      status(800_000, 'warning'),
      i18next.getFixedT('de', 'invoices'),
      formattersFor('de'),
    );
    expect(de).toMatch(/ 8\.000,00\s€/);
    expect(de).toMatch(/10\.000,00\s€/);
    expect(de).toMatch(/80\s%/);
    expect(de).toContain('2026');
    const en = ossThresholdText(
      status(800_000, 'warning'),
      i18next.getFixedT('en', 'invoices'),
      formattersFor('en'),
    );
    expect(en).toContain('€8,000.00');
    expect(en).toContain('€10,000.00');
    expect(en).toContain('80%');
  });

  it('says when the threshold is crossed and shows nothing below 80 %', () => {
    const crossed = ossThresholdText(
      status(1_200_000, 'crossed'),
      i18next.getFixedT('en', 'invoices'),
      formattersFor('en'),
    );
    expect(crossed).toMatch(/crossed/);
    expect(crossed).toContain('€12,000.00');
    expect(
      ossThresholdText(status(790_000, 'below'), i18next.getFixedT('de', 'invoices'), formattersFor('de')),
    ).toBeUndefined();
  });
});
