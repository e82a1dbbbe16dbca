import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Invoice } from '../schemas/invoice';
import type { Order } from '../schemas/order';
import { buildCreditNote } from '../domain/invoicing/build-credit-note';
import { buildInvoice } from '../domain/invoicing/build-invoice';
import { allocateInvoiceNumber } from '../domain/invoicing/invoice-series';
import {
  fixtureIds,
  makeItem,
  makeOrder,
  makeReverseChargeOrder,
  makeSettings,
  makeStore,
} from '../domain/invoicing/invoice-test-fixtures';
import { renderInvoicePdf, renderInvoicesPdf } from './render-invoice-pdf';

const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdftoppm');
const outDir = mkdtempSync(join(tmpdir(), 'invoice-pdf-'));

function issue(order: Order, sequence = 41): Invoice {
  return buildInvoice({
    order,
    settings: makeSettings(),
    store: makeStore(),
    allocation: allocateInvoiceNumber(
      { kind: 'invoice', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
      sequence,
    ),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    supplyDate: '2026-03-03',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
  });
}

/** Writes `pdf` to the temp folder and returns its text as poppler extracts it (layout order). */
function pdfText(name: string, pdf: Uint8Array): string {
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pages(text: string): string[] {
  return text.split('\f').filter((page) => page.trim() !== '');
}

const sixtyLines = Array.from({ length: 60 }, (_, i) =>
  makeItem(i + 1, `Product ${i + 1} – brass fitting`, 1000 + i, 1 + (i % 3), 20),
);

describe.skipIf(!hasPoppler)('renderInvoicePdf (checked with poppler)', () => {
  let reverseCharge: string;
  let domestic: string;

  beforeAll(() => {
    reverseCharge = pdfText('reverse-charge', renderInvoicePdf(issue(makeReverseChargeOrder())));
    domestic = pdfText('domestic', renderInvoicePdf(issue(makeOrder({ paymentStatus: 'unpaid' }))));
  });

  it('prints every Art. 226 mention on a reverse-charge invoice', () => {
    const mentions = [
      'Issue date',
      '2026-03-05', // 1 date of issue
      'INV-PARIS-WS01-2026-000042', // 2 sequential number
      'VAT No.: FR40303265045', // 3 supplier VAT number
      'VAT No.: DE136695976',
      'Customer VAT number: DE136695976', // 4 customer VAT number
      'Atelier Lumière SAS',
      '12 rue de la Paix',
      '75002 Paris',
      'Weber Leuchten GmbH',
      'Torstraße 140',
      '10119 Berlin',
      'Germany', // 5
      'Brass desk lamp',
      'Linen lampshade 40 cm', // 6 nature of goods
      'Date of supply',
      '2026-03-03', // 7 supply date differing from issue date
      'Unit price',
      'excl. VAT',
      'Taxable amount', // 8
      'VAT rate',
      '0 %', // 9
      'Total due', // 10
      'Exempt intra-Community supply – Art. 138 Directive 2006/112/EC', // 11
      'Reverse charge', // 11a
      'Supplier VAT number: FR40303265045',
    ];
    const flat = reverseCharge.replace(/\s+/g, ' ');
    for (const mention of mentions) expect(flat).toContain(mention);
    expect(flat).toMatch(/Brass desk lamp SKU-1 10 49\.90 0 ?% 499\.00/);
    expect(flat).toContain('Total due 713.00 EUR');
    expect(flat.match(/Weber Leuchten GmbH/g)).toHaveLength(1);
  });

  it('prints rates, per-rate VAT, totals, payment terms, bank details and page numbers on a domestic invoice', () => {
    const flat = domestic.replace(/\s+/g, ' ');
    for (const text of [
      'Total excl. VAT 131.70 EUR',
      'VAT 22.72 EUR',
      'Total due 154.42 EUR',
      'Payment terms: 30 days net, due by 2026-04-04',
      'IBAN FR76 3000 6000 0112 3456 7890 189',
      'BIC AGRIFRPPXXX',
      'Camille Martin',
      '69006 Lyon',
      'Shipping',
      'capital 10,000 EUR',
      'Page 1 of 1',
      'Date of supply: 2026-03-03',
    ]) {
      expect(flat).toContain(text);
    }
    expect(flat).toMatch(/20 ?% 106\.70 21\.34/);
    expect(flat).toMatch(/5\.5 ?% 25\.00 1\.38/);
    expect(flat).not.toContain('Reverse charge');
  });

  it('prints the export exemption and a credit note with its reference', () => {
    const address = {
      name: 'Anna Meier',
      line1: 'Bahnhofstrasse 1',
      postalCode: '8001',
      city: 'Zürich',
      country: 'CH',
    };
    const original = issue(
      makeOrder({
        vatTreatment: 'export',
        billingAddress: address,
        shippingAddress: address,
        items: [makeItem(1, 'Lamp', 4990, 1, 0)],
      }),
    );
    expect(pdfText('export', renderInvoicePdf(original)).replace(/\s+/g, ' ')).toContain(
      'Export – exempt, Art. 146 Directive 2006/112/EC',
    );
    const note = buildCreditNote({
      original,
      previousCreditNotes: [],
      refund: { items: [], includeShipping: true, reason: 'Shipping refunded' },
      allocation: allocateInvoiceNumber(
        { kind: 'credit_note', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
        0,
      ),
      id: fixtureIds.creditNote,
      issueDate: '2026-03-20',
      deviceId: 'WS01',
      now: '2026-03-20T10:00:00.000Z',
    });
    const flat = pdfText('credit-note', renderInvoicePdf(note)).replace(/\s+/g, ' ');
    for (const text of [
      'CREDIT NOTE',
      'CN-PARIS-WS01-2026-000001',
      'Corrects invoice',
      'Credit note correcting invoice INV-PARIS-WS01-2026-000042 of 2026-03-05',
      'Total credited -6.90 EUR',
      'Reason: Shipping refunded',
    ]) {
      expect(flat).toContain(text);
    }
  });

  it('numbers the pages of a 60-line invoice and repeats the table header', () => {
    const text = pdfText('sixty-lines', renderInvoicePdf(issue(makeOrder({ items: sixtyLines }))));
    const byPage = pages(text);
    expect(byPage).toHaveLength(2);
    expect(byPage[0]).toContain('Page 1 of 2');
    expect(byPage[1]).toContain('Page 2 of 2');
    expect(byPage[1]).toContain('(continued)');
    expect(byPage[1]).toContain('Unit price');
    expect(byPage[1]).toContain('Product 60 ');
    expect(byPage[1]).toContain('Total due');
  });

  it('combines many invoices, each from a new page and numbered on its own, reporting progress', async () => {
    const progress: string[] = [];
    const invoices = [
      issue(makeOrder()),
      issue(makeOrder({ items: sixtyLines }), 42),
      issue(makeReverseChargeOrder(), 43),
    ];
    const pdf = await renderInvoicesPdf(invoices, (done, total) => progress.push(`${done}/${total}`));
    const byPage = pages(pdfText('combined', pdf));
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(byPage).toHaveLength(4);
    expect(byPage.map((page) => /Page (\d) of (\d)/.exec(page)?.slice(1).join('/'))).toEqual([
      '1/1',
      '1/2',
      '2/2',
      '1/1',
    ]);
    expect(byPage[0]).toContain('INV-PARIS-WS01-2026-000042');
    expect(byPage[1]).toContain('INV-PARIS-WS01-2026-000043');
    expect(byPage[3]).toContain('INV-PARIS-WS01-2026-000044');
  });

  it('prints Central European and Greek names exactly, with the font embedded', () => {
    const address = {
      name: 'Łukasz Wiśniewski',
      company: 'Dvořák & Øresund Şişli',
      line1: 'ul. Piotrkowska 12',
      line2: 'Οδός Ερμού 5',
      postalCode: '90-001',
      city: 'Łódź',
      country: 'PL',
    };
    const order = makeOrder({
      customer: { name: 'Łukasz Wiśniewski', email: 'lukasz@example.pl', type: 'b2c' },
      billingAddress: address,
      shippingAddress: address,
      items: [makeItem(1, 'Žluťoučký kůň – Ærø', 1000, 1, 20)],
    });
    const pdf = renderInvoicePdf(issue(order));
    const text = pdfText('unicode', pdf);
    for (const expected of [
      'Łukasz Wiśniewski',
      'Łódź',
      'Dvořák',
      'Øresund',
      'Şişli',
      'Οδός Ερμού',
      'Žluťoučký kůň',
    ]) {
      expect(text).toContain(expected);
    }
    const fonts = execFileSync('pdffonts', [join(outDir, 'unicode.pdf')], { encoding: 'utf8' });
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((row) => row.trim() !== '');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toContain('DejaVuSans');
      expect(row).toMatch(/ yes /); // embedded
    }
  });

  it('renders a page image for a visual check', () => {
    const file = join(outDir, 'reverse-charge.pdf');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(outDir, 'reverse-charge'),
    ]);
    expect(existsSync(join(outDir, 'reverse-charge-1.png'))).toBe(true);
  });
});

describe('renderInvoicePdf', () => {
  it('is deterministic: the same invoice gives the same bytes', () => {
    const invoice = issue(makeReverseChargeOrder());
    const first = renderInvoicePdf(invoice);
    const second = renderInvoicePdf(structuredClone(invoice));
    expect(first.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('gives the same bytes whatever was rendered before (the parsed font is shared, its use is not)', () => {
    const invoice = issue(makeReverseChargeOrder());
    const before = renderInvoicePdf(invoice);
    const address = {
      name: 'Αθήνα София Łódź',
      line1: 'Οδός Ερμού 5 – Ærø',
      postalCode: '105 63',
      city: 'Αθήνα',
      country: 'GR',
    };
    renderInvoicePdf(issue(makeOrder({ billingAddress: address, shippingAddress: address }), 60));
    expect(Buffer.from(renderInvoicePdf(invoice)).equals(Buffer.from(before))).toBe(true);
  });

  it('gives different bytes for a different invoice', () => {
    expect(
      Buffer.from(renderInvoicePdf(issue(makeOrder()))).equals(
        Buffer.from(renderInvoicePdf(issue(makeOrder(), 50))),
      ),
    ).toBe(false);
  });

  it('stops a bulk render when cancelled and refuses an empty list', async () => {
    const controller = new AbortController();
    const invoices = [issue(makeOrder()), issue(makeOrder(), 42)];
    const run = renderInvoicesPdf(invoices, () => controller.abort(), controller.signal);
    await expect(run).rejects.toThrow();
    await expect(renderInvoicesPdf([])).rejects.toThrow(RangeError);
  });
});
