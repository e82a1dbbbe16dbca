/// <reference lib="dom" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule set buyers ask about: WCAG 2.1 levels A and AA. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const blocking = new Set(['critical', 'serious']);

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

function describe(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const shown = f.targets.slice(0, 6).join(' | ');
      const more = f.targets.length > 6 ? ` (+${f.targets.length - 6} more)` : '';
      return `  ${f.impact} ${f.rule} — ${f.help}: ${f.targets.length} node(s): ${shown}${more}`;
    })
    .join('\n');
}

/**
 * Fails on any critical or serious WCAG 2.1 AA violation axe-core finds on the page as it is now,
 * and on a screen without exactly one main landmark or without a level-one heading.
 */
export async function expectNoAxeViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const findings: Finding[] = results.violations
    .filter((v) => blocking.has(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  const structure = await page.evaluate(() => ({
    mains: document.querySelectorAll('main, [role=main]').length,
    headings: document.querySelectorAll('h1, [role=heading][aria-level="1"]').length,
  }));
  if (structure.mains !== 1) {
    findings.push({ rule: 'one-main', impact: 'serious', help: 'one main landmark', targets: [] });
  }
  if (structure.headings === 0) {
    findings.push({ rule: 'heading-one', impact: 'serious', help: 'a level-one heading', targets: [] });
  }
  // soft: one run reports every screen's findings, and the test still fails
  expect.soft(describe(findings), `axe on ${screenName}`).toBe('');
}
