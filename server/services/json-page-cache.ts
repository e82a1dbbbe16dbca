import { createHash } from 'node:crypto';
import type { Queryable } from '../db/sql-client';

/** A JSON answer ready for the wire: its UTF-8 bytes and a strong ETag (hash of those bytes). */
export interface JsonPage {
  body: Buffer;
  etag: string;
}

interface CachedPage extends JsonPage {
  watermark: string;
}

/** Bytes of rendered pages kept per database; a page larger than a quarter of it is not kept. */
const MAX_CACHED_BYTES = 32 * 1024 * 1024;

/** The rendered JSON text as bytes with its ETag. */
export function jsonPage(json: string): JsonPage {
  const body = Buffer.from(json, 'utf8');
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  get(key: string, watermark: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page || page.watermark !== watermark) return undefined;
    this.pages.delete(key); // re-inserted: the Map's order is the least recently used first
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.drop(key);
    if (page.body.length > MAX_CACHED_BYTES / 4) return;
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const oldest of this.pages.keys()) {
      if (this.bytes <= MAX_CACHED_BYTES) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.body.length;
  }
}

/** One cache per database handle (servers in one process, e.g. tests, never share pages). */
const caches = new WeakMap<object, PageCache>();

/**
 * A rendered page, reused while the data it was rendered from is unchanged: `watermark` reads a
 * value that changes with every write the page depends on (read before rendering, so a kept page is
 * never older than its watermark), `render` produces the JSON text. Same key + same watermark = same
 * bytes, so a repeated list request costs the watermark query instead of reading and converting
 * every document of the page again.
 */
export async function cachedJsonPage(
  db: Queryable,
  key: string,
  watermark: () => Promise<string>,
  render: () => Promise<string>,
): Promise<JsonPage> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PageCache();
    caches.set(db, cache);
  }
  const current = await watermark();
  const hit = cache.get(key, current);
  if (hit) return hit;
  const page = jsonPage(await render());
  cache.set(key, { ...page, watermark: current });
  return page;
}
