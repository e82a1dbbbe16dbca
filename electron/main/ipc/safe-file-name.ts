import type { SaveFileKind } from '../../../shared/desktop-api';

const forbidden = new Set(['<', '>', ':', '"', '|', '?', '*']);

/** Strips any directory part and unsafe characters, and forces the extension that matches the kind. */
export function safeFileName(suggestedName: string, kind: SaveFileKind): string {
  const base = suggestedName.replaceAll('\\', '/').split('/').pop() ?? '';
  const name = [...base]
    .map((char) => (char.charCodeAt(0) < 32 || forbidden.has(char) ? '_' : char))
    .join('');
  const extension = `.${kind}`;
  const stem = name.toLowerCase().endsWith(extension) ? name.slice(0, -extension.length) : name;
  return `${stem.trim().replace(/^\.+/, '') || 'export'}${extension}`;
}
