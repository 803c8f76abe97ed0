import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import { listPublicOrganisations } from '../../domains/accounts/index.ts';
import type { Organisation } from '../../domains/accounts/index.ts';
import { organisationCodesWithDocuments } from '../../domains/publishing/search/index.ts';

/** What the organisation filter of `/search` is built from. */
export interface SearchFilterOptions {
  /** Every organisation, in tree order. */
  organisations: readonly Organisation[];
  /** The codes of the organisations with published items (in the search index). */
  withItems: readonly string[];
}

/**
 * A fingerprint of both: the organisations (count, sum of versions, latest creation: any insert,
 * rename or move) and the publishing generations (touchPortal adds one on every publication,
 * withdrawal, repeal or import, the writes that add or remove an organisation's last item).
 */
async function fingerprint(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: number | string; v: number | string | null; c: string | null; g: number | string | null }>`select
      (select count(*) from organisations) as n, (select sum(version) from organisations) as v,
      (select max(created_at) from organisations) as c, (select sum(generation) from publishing_generations) as g`.execute(db);
  const row = rows[0]!;
  return `${row.n}:${row.v}:${row.c}:${row.g}`;
}

/**
 * The filter's data kept per app instance and read again when the fingerprint changes (one small
 * query per request, by any app instance sharing the database). Read on every search page, the
 * organisations (all of them, sorted into tree order) and the walk over the index for the codes
 * cost as much CPU as a search.
 */
export function searchFilterOptions(db: Kysely<Database>): () => Promise<SearchFilterOptions> {
  let kept: { key: string; options: Promise<SearchFilterOptions> } | undefined;
  return async () => {
    const key = await fingerprint(db);
    if (kept?.key !== key) {
      const options = Promise.all([listPublicOrganisations(db), organisationCodesWithDocuments(db)]).then(([organisations, withItems]) => ({ organisations, withItems }));
      kept = { key, options };
      // A failed read is not kept: the next request reads again.
      options.catch(() => {
        if (kept?.options === options) kept = undefined;
      });
    }
    return kept.options;
  };
}
