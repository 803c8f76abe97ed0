import type { Kysely } from 'kysely';
import type { Database } from '../../db/index.ts';
import type { ChangeListener } from '../../db/change-listener.ts';
import { portalStamp } from '../../domains/publishing/index.ts';
import type { PortalStamp } from '../../domains/publishing/index.ts';

/**
 * Where the portal gets an organisation's stamp (publishing/portal-generation.ts) before serving
 * a kept page. Per request from the database by default (SQLite, one process: a primary-key read
 * in the process). On PostgreSQL behind several app servers that read was a network round trip
 * on every portal page; `notifiedStamps` keeps the stamps in this app instance and forgets them
 * all whenever PostgreSQL notifies that one changed (migration 2026-12-02-stamp-notify-pg), so a
 * change made through any instance shows everywhere as soon as the notification arrives.
 */
export interface PortalStamps {
  get(code: string): Promise<PortalStamp | undefined>;
  /** Stamps read from the database so far (tests: are they kept?). */
  readonly reads: number;
}

export function perRequestStamps(db: Kysely<Database>): PortalStamps {
  let reads = 0;
  return {
    get(code) {
      reads++;
      return portalStamp(db, code);
    },
    get reads() {
      return reads;
    },
  };
}

/** Above this many kept stamps the map starts again (codes come from URLs: bounded memory). */
const MAX_KEPT = 10_000;

/**
 * Stamps kept while `listener` listens; read per request while it does not (not yet connected,
 * or its connection lost: notifications sent meanwhile are lost, so nothing kept is trusted and
 * everything kept is forgotten when it listens again). A read that was under way when a
 * notification came may have read the old stamp: it is used for that request but not kept.
 * Unknown codes are not kept.
 */
export function notifiedStamps(db: Kysely<Database>, listener: ChangeListener): PortalStamps {
  const kept = new Map<string, PortalStamp>();
  let epoch = 0;
  let reads = 0;
  listener.subscribe(() => {
    epoch++;
    kept.clear();
  });
  return {
    async get(code) {
      const key = typeof code === 'string' ? code.toLowerCase() : code;
      if (listener.listening) {
        const hit = kept.get(key);
        if (hit) return hit;
      }
      const started = epoch;
      reads++;
      const found = await portalStamp(db, code);
      if (found && listener.listening && epoch === started) {
        if (kept.size >= MAX_KEPT) kept.clear();
        kept.set(key, found);
      }
      return found;
    },
    get reads() {
      return reads;
    },
  };
}
