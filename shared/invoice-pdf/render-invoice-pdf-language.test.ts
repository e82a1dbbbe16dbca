import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../schemas/invoice';
import type { StoreInvoiceSettings } from '../schemas/invoice-settings';
import type { Address } from '../schemas/common';
import type { Order } from '../schemas/order';
import { buildInvoice } from '../domain/invoicing/build-invoice';
import { allocateInvoiceNumber } from '../domain/invoicing/invoice-series';
import {
  fixtureIds,
  makeItem,
  makeOrder,
  makeSettings,
  makeStore,
} from '../domain/invoicing/invoice-test-fixtures';
import { renderInvoicePdf } from './render-invoice-pdf';

const hasPoppler = existsSync('/usr/bin/pdftotext');
/** Sample PDFs and page images land here for a look (`pdftoppm -png`). */
const outDir = join(process.env.TMPDIR ?? '/tmp', 'invoice-samples');
mkdirSync(outDir, { recursive: true });

const berlin: Address = {
  name: 'Lichtwerk GmbH',
  line1: 'Torstraße 140',
  postalCode: '10119',
  city: 'Berlin',
  country: 'DE',
};

function germanSeller(overrides: Partial<StoreInvoiceSettings> = {}): StoreInvoiceSettings {
  return makeSettings({
    legalName: 'Lichtwerk GmbH',
    address: berlin,
    vatNumber: 'DE136695976',
    companyRegistrationId: 'HRB 12345 B, Amtsgericht Charlottenburg',
    bankDetails: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    footerText: 'Lichtwerk GmbH · Geschäftsführer: Max Licht · Torstraße 140, 10119 Berlin',
    ...overrides,
  });
}

function issue(order: Order, settings: StoreInvoiceSettings): Invoice {
  return buildInvoice({
    order: { ...order, storeId: fixtureIds.store },
    settings,
    store: { ...makeStore(), country: settings.address.country, address: settings.address },
    allocation: allocateInvoiceNumber(
      { kind: 'invoice', storeCode: 'BER', deviceCode: 'WS01', year: 2026 },
      6,
    ),
    id: fixtureIds.invoice,
    issueDate: '2026-03-05',
    supplyDate: '2026-03-03',
    deviceId: 'WS01',
    now: '2026-03-05T10:00:00.000Z',
  });
}

function render(name: string, invoice: Invoice): string {
  const file = join(outDir, `${name}.pdf`);
  writeFileSync(file, renderInvoicePdf(invoice));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', file, join(outDir, name)]);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const polishBuyer: Address = {
  name: 'Łukasz Wiśniewski',
  line1: 'ul. Piotrkowska 12',
  postalCode: '90-001',
  city: 'Łódź',
  country: 'PL',
};
const czechCompany: Address = {
  name: 'Antonín Dvořák',
  company: 'Dvořák Světla s.r.o.',
  line1: 'Náměstí Míru 15',
  postalCode: '120 00',
  city: 'Praha 2',
  country: 'CZ',
};
const swissBuyer: Address = {
  name: 'Anna Müller',
  line1: 'Bahnhofstrasse 1',
  postalCode: '8001',
  city: 'Zürich',
  country: 'CH',
};

describe.skipIf(!hasPoppler)('invoice PDF in German and English', () => {
  it('prints a German invoice to a Polish consumer (OSS) with German labels, dates and amounts, marked paid', () => {
    const order = makeOrder({
      vatTreatment: 'oss_destination',
      customer: { name: 'Łukasz Wiśniewski', email: 'lukasz@example.pl', type: 'b2c' },
      billingAddress: polishBuyer,
      shippingAddress: polishBuyer,
      items: [makeItem(1, 'Messing-Schreibtischlampe', 123456, 1, 23)],
      shippingCost: 0,
    });
    const text = render('de-pl-oss-paid', issue(order, germanSeller({ language: 'de' })));
    for (const expected of [
      'RECHNUNG',
      'Rechnungsdatum 05.03.2026',
      'Lieferdatum 03.03.2026',
      'Łukasz Wiśniewski',
      '90-001 Łódź',
      'Polen',
      'USt-IdNr.: DE136695976',
      '1.234,56',
      'Summe netto 1.234,56 EUR',
      'Umsatzsteuer 283,95 EUR',
      'Rechnungsbetrag 1.518,51 EUR',
      'Zu zahlen 0,00 EUR',
      'Der Rechnungsbetrag wurde bereits bezahlt',
      'Seite 1 von 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Zahlungsbedingungen');
    expect(text).not.toContain('Fällig am');
  });

  it('prints German reverse charge mentions for a Czech company with both VAT numbers', () => {
    const order = makeOrder({
      paymentStatus: 'unpaid',
      vatTreatment: 'intra_eu_reverse_charge',
      customer: {
        name: 'Dvořák Světla s.r.o.',
        email: 'nakup@dvorak.example',
        type: 'b2b',
        vatNumber: 'CZ25123891',
      },
      billingAddress: czechCompany,
      shippingAddress: czechCompany,
      items: [makeItem(1, 'Leuchte „Žárovka“', 4990, 10, 0)],
    });
    const text = render('de-cz-reverse-charge', issue(order, germanSeller({ language: 'de' })));
    for (const expected of [
      'Dvořák Světla s.r.o.',
      'Antonín Dvořák',
      'Tschechien',
      'Steuerschuldnerschaft des Leistungsempfängers',
      'Steuerfreie innergemeinschaftliche Lieferung – Art. 138 Richtlinie 2006/112/EG',
      'USt-IdNr. des Lieferers: DE136695976',
      'USt-IdNr. des Leistungsempfängers: CZ25123891',
      '0 % (steuerfrei, Art. 138)',
      'Zahlungsbedingungen: zahlbar innerhalb von 30 Tagen ohne Abzug, bis 04.04.2026',
      'Fällig am 04.04.2026',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints an English export invoice to Switzerland asking for payment', () => {
    const order = makeOrder({
      paymentStatus: 'unpaid',
      vatTreatment: 'export',
      customer: { name: 'Anna Müller', email: 'anna@example.ch', type: 'b2c' },
      billingAddress: swissBuyer,
      shippingAddress: swissBuyer,
      items: [makeItem(1, 'Brass desk lamp', 123456, 1, 0)],
    });
    const text = render('en-ch-export', issue(order, germanSeller({ language: 'en' })));
    for (const expected of [
      'INVOICE',
      'Issue date 2026-03-05',
      'Date of supply 2026-03-03',
      'Switzerland',
      'Export – exempt, Art. 146 Directive 2006/112/EC',
      '0 % (exempt, Art. 146)',
      'Total excl. VAT 1,241.46 EUR',
      'Payment terms: 30 days net, due by 2026-04-04',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
