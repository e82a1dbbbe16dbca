import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestOrder } from '../domain/order/order-test-fixtures';
import { renderPackingSlipPdf } from './render-packing-slip-pdf';

const hasPoppler = existsSync('/usr/bin/pdftotext');

function textOf(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'packing-slip-')), 'slip.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe.runIf(hasPoppler)('packing slip PDF', () => {
  const order = makeTestOrder(7, {
    notes: 'Zerbrechlich – doppelt verpacken',
    shippingAddress: {
      name: 'Łukasz Wiśniewski',
      line1: 'ul. Piotrkowska 12',
      postalCode: '90-001',
      city: 'Łódź',
      country: 'PL',
    },
  });

  it('prints names outside Latin-1 as written, in the embedded font', () => {
    const bytes = renderPackingSlipPdf({ order, sender: null, shippingMethodName: null, language: 'de' });
    const text = textOf(bytes);
    expect(text).toContain('Łukasz Wiśniewski');
    expect(text).toContain('90-001 Łódź');
    expect(text).toContain('Polen');
    expect(text).toContain('Zerbrechlich – doppelt verpacken');
    expect(new TextDecoder('latin1').decode(bytes)).toContain('DejaVuSans');
  });

  it('words the page footer in the document language', () => {
    const german = textOf(
      renderPackingSlipPdf({ order, sender: null, shippingMethodName: null, language: 'de' }),
    );
    expect(german).toContain('Lieferschein');
    expect(german).toContain('Seite 1 von 1');
    const english = textOf(
      renderPackingSlipPdf({ order, sender: null, shippingMethodName: null, language: 'en' }),
    );
    expect(english).toContain('Page 1 of 1');
  });
});
