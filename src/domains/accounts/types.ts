import type { Clock } from '../shared/clock.ts';
import type { OrganisationKind } from './organisation-kinds.ts';
import type { Role } from './roles.ts';

/** A role held at one organisation. */
export interface RoleAssignment {
  organisationId: string;
  role: Role;
}

/** The signed-in person, as resolved from a session. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  roles: RoleAssignment[];
  /** Materialized paths (`/rootId/…/orgId/`) of the organisations in `roles`, by organisation id. */
  organisationPaths: Record<string, string>;
  mustChangePassword: boolean;
}

/** Who performs a command: a signed-in actor, or the system itself (CLI, seeding). */
export const SYSTEM = 'system' as const;
export type Initiator = Actor | typeof SYSTEM;

export interface CommandContext {
  actor: Initiator;
  clock: Clock;
  /** The client's address, recorded in the event log. */
  ip?: string | null;
}

/** 机构 — an organisation in the hierarchy (county government → townships and departments). */
export interface Organisation {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  kind: OrganisationKind;
  /** `/rootId/…/thisId/` */
  path: string;
  createdAt: string;
  version: number;
}

export interface OrganisationTreeNode {
  organisation: Organisation;
  children: OrganisationTreeNode[];
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  mustChangePassword: boolean;
  /** Locked by repeated sign-in failures (only a known place or an administrator clears it). */
  locked: boolean;
  createdAt: string;
  version: number;
  roles: RoleAssignment[];
}
