import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { Clock } from '../../domains/shared/clock.ts';
import { portalPageCache } from './portal-page-cache.ts';

/**
 * The portal home lists every organisation: with a thousand of them, reading and rendering the
 * list costs far more than sending it. This keeps the rendered page in the app instance (not the
 * module) and revalidates it against the database: at most once per `revalidateMs` it reads a
 * fingerprint of the organisations table (row count, sum of `version`, latest `created_at`), which
 * changes with any insert, rename or removal made by any process; a changed fingerprint renders
 * afresh. So the page lags an edit by at most `revalidateMs` (1 s), in one process or many.
 */
export interface RenderedPage {
  body: Buffer;
  etag: string;
}

export interface RenderedPageCache {
  /** The page for `variant` (e.g. large type or not), rendered by `render` when the data changed. */
  get(variant: string, render: () => Promise<string>): Promise<RenderedPage>;
}

export const DEFAULT_REVALIDATE_MS = 1000;

export function organisationsFingerprint(db: Kysely<Database>): Promise<string> {
  return db
    .selectFrom('organisations')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('version').as('v'), eb.fn.max('created_at').as('c')])
    .executeTakeFirstOrThrow()
    .then((row) => `${row.n}:${row.v}:${row.c}`);
}

/**
 * `fingerprint`, read again at most once per `revalidateMs`: between reads, the last value. For
 * data whose changes may show a second late (the organisations above one, in breadcrumbs).
 */
export function revalidatedFingerprint(fingerprint: () => Promise<string>, clock: Clock, revalidateMs = DEFAULT_REVALIDATE_MS): () => Promise<string> {
  let current: { key: string; checkedAt: number } | undefined;
  return async () => {
    const now = clock.now().getTime();
    if (current && now - current.checkedAt < revalidateMs && now >= current.checkedAt) return current.key;
    const key = await fingerprint();
    current = { key, checkedAt: now };
    return key;
  };
}

/** The home page's variants in the same store as the publishing pages, stamped by the fingerprint. */
export function renderedPageCache(fingerprint: () => Promise<string>, clock: Clock, revalidateMs = DEFAULT_REVALIDATE_MS): RenderedPageCache {
  const pages = portalPageCache();
  const currentKey = revalidatedFingerprint(fingerprint, clock, revalidateMs);

  return {
    async get(variant, render) {
      const page = await pages.get(variant, await currentKey(), async () => ({ status: 200, html: await render() }));
      return page!;
    },
  };
}
