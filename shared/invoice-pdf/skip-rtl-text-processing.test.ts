import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { hasRightToLeftText, skipRtlProcessingOfLtrText } from './skip-rtl-text-processing';

describe('skipRtlProcessingOfLtrText', () => {
  it('recognises right-to-left text in every payload form jsPDF hands to its text handlers', () => {
    expect(hasRightToLeftText({ text: 'Łukasz Wiśniewski, Łódź · Dvořák' })).toBe(false);
    expect(hasRightToLeftText({ text: ['Αθήνα', ['София', 1, 2]] })).toBe(false);
    expect(hasRightToLeftText({ text: 'مرحبا' })).toBe(true);
    expect(hasRightToLeftText({ text: ['Shalom', ['שלום', 1, 2]] })).toBe(true);
  });

  it('still shapes Arabic text after the guard is installed', () => {
    skipRtlProcessingOfLtrText();
    const doc = new jsPDF();
    const seen: unknown[] = [];
    doc.internal.events.subscribe('postProcessText', (payload: { text: unknown }) => seen.push(payload.text));
    doc.text('سلام', 10, 10);
    doc.text('Łódź', 10, 20);
    // Shaping replaced the letters by their presentation forms (U+FExx); Latin text is left as is.
    expect(String(seen[0])).toMatch(/[\ufe70-\ufeff]/);
    expect(seen[1]).toEqual(['Łódź']);
  });
});
