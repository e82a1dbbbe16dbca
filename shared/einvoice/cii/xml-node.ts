/** A tiny XML tree: enough to write CII documents with escaping and without empty optional elements. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  /** Text content or child elements (never both). */
  content: string | readonly XmlElement[];
}

/** An optional child: `undefined`, `null`, `false` and `''` (from `text && el(...)`) are left out. */
export type XmlChild = XmlElement | undefined | null | false | '';

/** An element with child elements; omitted children vanish, so optional blocks read as `cond && el(...)`. */
export function el(
  name: string,
  children: readonly XmlChild[],
  attributes: Record<string, string> = {},
): XmlElement {
  return { name, attributes, content: children.filter((child): child is XmlElement => Boolean(child)) };
}

/** An element holding text. */
export function text(name: string, value: string, attributes: Record<string, string> = {}): XmlElement {
  return { name, attributes, content: value };
}

/** A text element only when `value` is a non-empty string. */
export function optionalText(
  name: string,
  value: string | null | undefined,
  attributes: Record<string, string> = {},
): XmlElement | undefined {
  return value ? text(name, value, attributes) : undefined;
}

function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function serializeAttributes(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

function serializeElement(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const open = `${element.name}${serializeAttributes(element.attributes)}`;
  if (typeof element.content === 'string') {
    return `${indent}<${open}>${escapeXml(element.content)}</${element.name}>`;
  }
  if (element.content.length === 0) return `${indent}<${open}/>`;
  const children = element.content.map((child) => serializeElement(child, depth + 1)).join('\n');
  return `${indent}<${open}>\n${children}\n${indent}</${element.name}>`;
}

/** The document as UTF-8 XML text with a declaration, indented by two spaces. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeElement(root, 0)}\n`;
}
