import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The official EN 16931 validation artifacts, `../shared/einvoice/…` from the repository root. */
export const en16931Artifacts = fileURLToPath(
  new URL('../../../shared/einvoice/en16931-validation-1.3.16/cii/', import.meta.url),
);
const ciiXsd = join(en16931Artifacts, 'schema/CII/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd');
const ciiRulesXslt = join(en16931Artifacts, 'xslt/EN16931-CII-validation.xslt');
/** Saxon-HE from Debian's `libsaxonhe-java`. */
const saxonJar = '/usr/share/java/Saxon-HE.jar';

export interface FailedAssert {
  file: string;
  id: string;
  flag: string;
  text: string;
}

/** Writes `{ name: xml }` into a fresh folder and returns its path. */
export function writeXmlFiles(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'einvoice-'));
  for (const [name, xml] of Object.entries(files)) writeFileSync(join(dir, `${name}.xml`), xml);
  return dir;
}

/** xmllint against the CII D16B schema; returns its error output per invalid file (empty when all valid). */
export function xsdErrors(dir: string): string[] {
  const files = readdirSync(dir).filter((file) => file.endsWith('.xml'));
  return files.flatMap((file) => {
    try {
      execFileSync('xmllint', ['--noout', '--schema', ciiXsd, join(dir, file)], { stdio: 'pipe' });
      return [];
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      return [`${file}: ${stderr}`];
    }
  });
}

function failedAsserts(file: string, svrl: string): FailedAssert[] {
  const asserts = svrl.match(/<svrl:failed-assert\b[\s\S]*?<\/svrl:failed-assert>/g) ?? [];
  return asserts.map((block) => ({
    file,
    id: /\bid="([^"]*)"/.exec(block)?.[1] ?? '',
    flag: /\bflag="([^"]*)"/.exec(block)?.[1] ?? '',
    text: /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(block)?.[1]?.trim() ?? '',
  }));
}

/** Runs the EN 16931 CII business rules (Schematron as XSLT, Saxon-HE) over every XML file of `dir`. */
export function businessRuleFailures(dir: string): FailedAssert[] {
  const out = `${dir}-svrl`;
  mkdirSync(out, { recursive: true });
  execFileSync(
    'java',
    ['-cp', saxonJar, 'net.sf.saxon.Transform', `-s:${dir}`, `-xsl:${ciiRulesXslt}`, `-o:${out}`],
    { stdio: 'pipe' },
  );
  const reports = readdirSync(out);
  if (reports.length === 0) throw new Error(`Saxon wrote no SVRL report into ${out}`);
  return reports.flatMap((file) => failedAsserts(file, readFileSync(join(out, file), 'utf8')));
}

/** Whether xmllint, Java and Saxon-HE are installed (CI installs libxml2-utils and libsaxonhe-java). */
export function validatorsInstalled(): boolean {
  return existsSync(saxonJar) && existsSync(ciiXsd) && existsSync('/usr/bin/xmllint');
}
