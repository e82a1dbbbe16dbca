import { describe, expect, it } from 'vitest';
import { parseFeedCsv } from './parse-feed-csv';

const header =
  'externalId,customerEmail,customerName,customerType,billingName,billingLine1,billingPostalCode,billingCity,billingCountry,shippingName,shippingLine1,shippingPostalCode,shippingCity,shippingCountry,currency,shippingCost,gtin,title,quantity,unitPrice,vatRate';
const billing = 'Anna Buyer,Main St 1,10115,Berlin,DE';

function csv(...rows: string[]): string {
  return [header, ...rows].join('\r\n');
}

describe('parseFeedCsv', () => {
  it('groups item rows into orders by externalId and copies billing to shipping when blank', () => {
    const text = `\uFEFF${csv(
      `A-1,anna@example.com,Anna Buyer,b2c,${billing},,,,,,EUR,495,4006381333931,"Mug, blue",2,1250,19`,
      `A-1,,,,,,,,,,,,,,,,036000291452,"Tea ""Earl Grey""",1,399,7`,
      `B-2,bob@example.com,Bob,,${billing},Bob,Elm 2,75001,Paris,FR,EUR,,96385074,Pen,3,100,`,
    )}\r\n`;
    const { feed, errors } = parseFeedCsv(text, 'amazon');
    expect(errors).toEqual([]);
    expect(feed.marketplace).toBe('amazon');
    expect(feed.orders).toHaveLength(2);
    const [first, second] = feed.orders;
    expect(first?.items).toEqual([
      { gtin: '4006381333931', title: 'Mug, blue', quantity: 2, unitPrice: 1250, vatRate: 19 },
      { gtin: '036000291452', title: 'Tea "Earl Grey"', quantity: 1, unitPrice: 399, vatRate: 7 },
    ]);
    expect(first?.shippingCost).toBe(495);
    expect(first?.shippingAddress).toEqual(first?.billingAddress);
    expect(first?.customer).toEqual({ email: 'anna@example.com', name: 'Anna Buyer', type: 'b2c' });
    expect(second?.shippingAddress.country).toBe('FR');
    expect(second?.items[0]).toEqual({ gtin: '96385074', title: 'Pen', quantity: 3, unitPrice: 100 });
  });

  it('reports row, column and reason, and leaves only the invalid order out', () => {
    const text = csv(
      `A-1,anna@example.com,Anna,,${billing},,,,,,EUR,,4006381333931,Mug,2,1250,`,
      `A-1,,,,,,,,,,,,,,,,4006381333932,Mug,1,12.50,`,
      `B-2,bob@example.com,Bob,,${billing},,,,,,EUR,,96385074,Pen,1,100,`,
    );
    const { feed, errors } = parseFeedCsv(text, 'amazon');
    expect(feed.orders.map((order) => order.externalId)).toEqual(['B-2']);
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, field: 'unitPrice', externalId: 'A-1' }),
      expect.objectContaining({ row: 3, field: 'gtin', message: 'GTIN check digit is wrong' }),
    ]);
    expect(errors[0]?.message).toContain('minor units');
  });

  it('maps schema errors on order fields to the row that carried them', () => {
    const text = csv(`A-1,not-an-email,Anna,b2x,${billing},,,,,,EUR,,4006381333931,Mug,0,1250,`);
    const { errors } = parseFeedCsv(text, 'amazon');
    expect(errors.map((error) => [error.row, error.field])).toEqual([
      [2, 'customerEmail'],
      [2, 'customerType'],
      [2, 'quantity'],
    ]);
  });

  it('flags conflicting order values between rows of the same order', () => {
    const text = csv(
      `A-1,anna@example.com,Anna,,${billing},,,,,,EUR,,4006381333931,Mug,1,1250,`,
      `A-1,other@example.com,,,,,,,,,,,,,,,4006381333931,Mug,1,1250,`,
    );
    const { feed, errors } = parseFeedCsv(text, 'amazon');
    expect(feed.orders).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ row: 3, field: 'customerEmail' })]);
  });

  it('requires externalId on every row', () => {
    const text = csv(`,anna@example.com,Anna,,${billing},,,,,,EUR,,4006381333931,Mug,1,1250,`);
    expect(parseFeedCsv(text, 'amazon').errors).toEqual([
      expect.objectContaining({ row: 2, field: 'externalId' }),
    ]);
  });

  it('rejects unknown and missing columns before reading rows', () => {
    const { errors } = parseFeedCsv('externalId,gtn\nA,1', 'amazon');
    expect(errors).toContainEqual(
      expect.objectContaining({ row: 1, field: 'gtn', message: 'Unknown column "gtn"' }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ row: 1, field: 'gtin', message: 'Missing column "gtin"' }),
    );
  });

  it('reports malformed CSV and empty files', () => {
    expect(parseFeedCsv(`${header}\n"A-1,x`, 'm').errors).toEqual([
      { row: 2, field: '', message: 'Unterminated quoted field' },
    ]);
    expect(parseFeedCsv('', 'm').errors).toEqual([{ row: 1, field: '', message: 'The file is empty' }]);
  });
});
