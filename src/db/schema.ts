import type { PublishingTables } from './schema-publishing.ts';
import type { RegistersTables } from './schema-registers.ts';
import type { RequestsTables } from './schema-requests.ts';
import type { SearchTables } from './schema-search.ts';
import type { AnnualReportsDatabase } from './schema-annual-reports.ts';
import type { SignInTables } from './schema-sign-in.ts';

/**
 * The Kysely table types: one `Database` interface for both dialects.
 *
 * Conventions that make one schema work on SQLite and PostgreSQL alike:
 * - ids are text generated in the application (`newId()`), never by the database;
 * - instants (`*_at`) are ISO-8601 UTC strings (`2026-11-28T08:00:00.000Z`), which sort as text;
 * - booleans are integers 0/1; JSON is text.
 */
export interface Database extends AnnualReportsDatabase, PublishingTables, RegistersTables, RequestsTables, SearchTables {
  organisations: OrganisationsTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  events: EventsTable;
  sign_in_throttles: SignInTables['sign_in_throttles'];
  sign_in_places: SignInTables['sign_in_places'];
}

export interface OrganisationsTable {
  id: string;
  /** Stable short code, unique, used in URLs: `yichuan`, `yichuan-shuizhai`. */
  code: string;
  name: string;
  parent_id: string | null;
  /** One of ORGANISATION_KINDS (CHECK constraint). */
  kind: string;
  /** Materialized path of ids from the root to this organisation: `/rootId/…/thisId/`. */
  path: string;
  created_at: string;
  version: number;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  /** Set when repeated failures lock the account (2026-12-02-hardening); null when not locked. */
  locked_at: string | null;
  must_change_password: number;
  disabled: number;
  created_at: string;
  version: number;
}

export interface RoleAssignmentsTable {
  user_id: string;
  organisation_id: string;
  /** One of ROLES (CHECK constraint). */
  role: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
}

/** Append-only audit trail: one row per state change, written in the same transaction. */
export interface EventsTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  organisation_id: string | null;
  subject_type: string;
  subject_id: string | null;
  /** `noun.past_tense`, e.g. `user.created`. */
  name: string;
  /** JSON object as text. */
  data: string;
  ip: string | null;
}

export type Dialect = 'sqlite' | 'postgres';
