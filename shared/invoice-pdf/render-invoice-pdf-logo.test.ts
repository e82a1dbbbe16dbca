import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInvoice } from '../domain/invoicing/build-invoice';
import { allocateInvoiceNumber } from '../domain/invoicing/invoice-series';
import { fixtureIds, makeOrder, makeSettings, makeStore } from '../domain/invoicing/invoice-test-fixtures';
import { renderInvoicePdf } from './render-invoice-pdf';

/** A 4 × 2 px red RGB PNG. */
const pngLogo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGM4IScHRwzIHABvCgghBqXSdgAAAABJRU5ErkJggg==';

const hasPdfImages = existsSync('/usr/bin/pdfimages');

/** `pdfimages -list` rows (one per image XObject drawn) of a rendered PDF. */
function imageRows(pdf: Uint8Array): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'invoice-logo-')), 'invoice.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
}

const invoice = buildInvoice({
  order: makeOrder(),
  settings: makeSettings(),
  store: makeStore(),
  allocation: allocateInvoiceNumber(
    { kind: 'invoice', storeCode: 'PARIS', deviceCode: 'WS01', year: 2026 },
    7,
  ),
  id: fixtureIds.invoice,
  issueDate: '2026-03-05',
  supplyDate: '2026-03-03',
  deviceId: 'WS01',
  now: '2026-03-05T10:00:00.000Z',
});

describe.skipIf(!hasPdfImages)('invoice PDF logo', () => {
  it('draws the store logo as one image XObject (4 × 2 px, RGB) in the header', () => {
    const rows = imageRows(renderInvoicePdf(invoice, { logo: pngLogo }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\s*1\s+\d+\s+image\s+4\s+2\s+rgb\s/);
  });

  it('has no image without a logo', () => {
    expect(imageRows(renderInvoicePdf(invoice))).toEqual([]);
  });
});
