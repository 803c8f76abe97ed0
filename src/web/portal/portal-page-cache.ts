import { createHash } from 'node:crypto';

/**
 * Rendered portal pages (item, column, catalog), kept per app instance and bounded in bytes (least
 * recently used go first). Each page is stored with the stamp it was rendered under — the
 * organisation's stamp from the database (publishing/portal-generation.ts), read on every request
 * BEFORE the page's data — and served only while the request's stamp is the same. So a page is
 * never older than the database says: a change made through any app instance sharing the database
 * changes the stamp, and the next request renders afresh. (Reading the stamp first means data that
 * changed during a render is at worst rendered once more, never served stale.)
 */
export interface PortalPage {
  status: number;
  body: Buffer;
  etag: string;
}

export interface PortalPageCache {
  /**
   * The page at `key` rendered under `stamp`; `render` runs when there is none (or an older one).
   * `render` returns undefined for "no such page" (not kept: the caller answers 404).
   */
  get(key: string, stamp: string, render: () => Promise<{ status: number; html: string } | undefined>): Promise<PortalPage | undefined>;
  /** Bytes held (for tests and diagnostics). */
  readonly size: number;
}

/** 64 MB: some 6,000 item pages of 10 KB; the busiest pages stay. */
export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;

export function portalPageCache(maxBytes = DEFAULT_PAGE_CACHE_BYTES): PortalPageCache {
  const pages = new Map<string, { stamp: string; page: PortalPage }>();
  const rendering = new Map<string, { stamp: string; promise: Promise<PortalPage | undefined> }>();
  let bytes = 0;

  function remember(key: string, stamp: string, page: PortalPage): void {
    const old = pages.get(key);
    if (old) {
      bytes -= old.page.body.length;
      pages.delete(key);
    }
    if (page.body.length > maxBytes) return;
    pages.set(key, { stamp, page });
    bytes += page.body.length;
    // A Map iterates in insertion order: the first keys are the least recently used.
    for (const [oldest, entry] of pages) {
      if (bytes <= maxBytes) break;
      pages.delete(oldest);
      bytes -= entry.page.body.length;
    }
  }

  async function renderPage(key: string, stamp: string, render: () => Promise<{ status: number; html: string } | undefined>): Promise<PortalPage | undefined> {
    const rendered = await render();
    if (!rendered) return undefined;
    const body = Buffer.from(rendered.html, 'utf8');
    const page = { status: rendered.status, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    remember(key, stamp, page);
    return page;
  }

  return {
    async get(key, stamp, render) {
      const hit = pages.get(key);
      if (hit && hit.stamp === stamp) {
        // Most recently used: to the end of the map's order.
        pages.delete(key);
        pages.set(key, hit);
        return hit.page;
      }
      // Concurrent requests for the same page under the same stamp share one render.
      const pending = rendering.get(key);
      if (pending && pending.stamp === stamp) return pending.promise;
      const promise = renderPage(key, stamp, render).finally(() => {
        if (rendering.get(key)?.promise === promise) rendering.delete(key);
      });
      rendering.set(key, { stamp, promise });
      return promise;
    },
    get size() {
      return bytes;
    },
  };
}
