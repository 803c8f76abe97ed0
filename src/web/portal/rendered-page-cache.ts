import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';

/**
 * The portal home lists every organisation: with a thousand of them, reading and rendering the
 * list costs far more than sending it. This keeps the rendered page, but never trusts it blindly:
 * every request first asks the database for a fingerprint of the organisations table (row count,
 * sum of `version`, latest `created_at`), which changes with any insert, rename or removal made by
 * any process. A changed fingerprint renders afresh. So the page is never stale, the cache lives in
 * the app instance (not the module), and several processes behind a load balancer stay correct.
 */
export interface RenderedPage {
  body: Buffer;
  etag: string;
}

export interface RenderedPageCache {
  /** The page for `variant` (e.g. large type or not), rendered by `render` when the data changed. */
  get(variant: string, render: () => Promise<string>): Promise<RenderedPage>;
}

export function organisationsFingerprint(db: Kysely<Database>): Promise<string> {
  return db
    .selectFrom('organisations')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v'), eb.fn.max('created_at').as('c')])
    .executeTakeFirstOrThrow()
    .then((row) => `${row.n}:${row.v}:${row.c}`);
}

export function renderedPageCache(fingerprint: () => Promise<string>): RenderedPageCache {
  const pages = new Map<string, { key: string; page: RenderedPage }>();
  return {
    async get(variant, render) {
      const key = await fingerprint();
      const hit = pages.get(variant);
      if (hit && hit.key === key) return hit.page;
      const body = Buffer.from(await render(), 'utf8');
      const page = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      pages.set(variant, { key, page });
      return page;
    },
  };
}
