import type { Role } from './roles.ts';
import type { Actor, Initiator } from './types.ts';

/**
 * Authorization for the accounts domain, in one place (the first half: one object). The second
 * half, scoping lists, is `visibleOrganisationIds` in scope.ts. Deny by default.
 *
 * Reach of a role held at organisation X:
 * - every role: X itself;
 * - `sysadmin` and `supervisor` (上级监督员): X and every organisation below it.
 */
export const ACCOUNT_ACTIONS = ['organisation.view', 'organisation.manage', 'user.view', 'user.manage'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

/** Roles whose reach extends to the organisations below the one where they are held. */
export const INHERITED_ROLES: readonly Role[] = ['sysadmin', 'supervisor'];

/** What an authorization check is about: anything that belongs to an organisation. */
export interface Subject {
  /** Materialized path of the subject's organisation, `/rootId/…/orgId/` (Organisation.path). */
  organisationPath: string;
}

function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The roles an actor holds over an organisation: the roles held at it, plus `sysadmin` and
 * `supervisor` held at any organisation above it. Other domains build their `can()` on this.
 */
export function effectiveRoles(actor: Actor | null | undefined, organisationPath: string): Set<Role> {
  const roles = new Set<Role>();
  if (!actor) return roles;
  const ids = pathIds(organisationPath);
  const own = ids.at(-1);
  for (const assignment of actor.roles) {
    if (assignment.organisationId === own) roles.add(assignment.role);
    else if (INHERITED_ROLES.includes(assignment.role) && ids.includes(assignment.organisationId)) roles.add(assignment.role);
  }
  return roles;
}

export function can(actor: Actor | null | undefined, action: AccountAction, subject: Subject): boolean {
  const roles = effectiveRoles(actor, subject.organisationPath);
  switch (action) {
    case 'organisation.view':
    case 'user.view':
      return roles.size > 0;
    case 'organisation.manage':
    case 'user.manage':
      return roles.has('sysadmin');
    default:
      return false;
  }
}

/** Commands run either by the system (CLI, seeding: everything allowed) or by an actor. */
export function initiatorCan(initiator: Initiator, action: AccountAction, subject: Subject): boolean {
  return initiator === 'system' || can(initiator, action, subject);
}

/** A sysadmin at a root organisation (no parent) administers the whole installation. */
export function isInstallationAdmin(actor: Actor | null | undefined): boolean {
  if (!actor) return false;
  return actor.roles.some((r) => r.role === 'sysadmin' && pathIds(actor.organisationPaths[r.organisationId] ?? '').length === 1);
}
