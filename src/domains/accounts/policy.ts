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

/** A user as authorization sees them: who, and the paths of the organisations where they hold roles. */
export interface UserSubject {
  id: string;
  rolePaths: readonly string[];
}

/**
 * "May see this user": oneself; the installation's administrator (who also sees users left without
 * any role); anyone who may view an organisation where the user holds a role.
 */
export function maySeeUser(initiator: Initiator, user: UserSubject): boolean {
  if (initiator === 'system') return true;
  if (initiator.userId === user.id || isInstallationAdmin(initiator)) return true;
  return user.rolePaths.some((path) => can(initiator, 'user.view', { organisationPath: path }));
}

/**
 * "May manage this user", the one place this rule lives: the initiator administers every
 * organisation where the user holds a role (a user with no role at all: only the installation's
 * administrator), so a township's administrator never changes a county department's user.
 */
export function mayManageUser(initiator: Initiator, user: UserSubject): boolean {
  if (initiator === 'system') return true;
  if (user.rolePaths.length === 0) return isInstallationAdmin(initiator);
  return user.rolePaths.every((path) => can(initiator, 'user.manage', { organisationPath: path }));
}

/** The changes an administrator makes to a user (the console offers exactly those the server allows). */
export const USER_CHANGES = ['update', 'assign_role', 'revoke_role', 'disable', 'enable', 'reset_password', 'unlock'] as const;
export type UserChange = (typeof USER_CHANGES)[number];

/**
 * Changes nobody makes to their own account, with the reason: one cannot disable oneself, drop
 * one's own sysadmin role (the installation could be left without one), or reset one's own
 * password as an administrator (修改密码 asks for the current one). Undefined: allowed.
 */
export function ownAccountRefusal(initiator: Initiator, userId: string, change: UserChange, role?: Role): string | undefined {
  if (initiator === 'system' || initiator.userId !== userId) return undefined;
  switch (change) {
    case 'disable':
      return '不能停用自己的账户';
    case 'revoke_role':
      return role === 'sysadmin' ? '不能撤销自己的系统管理员角色' : undefined;
    case 'reset_password':
      return '请通过“修改密码”修改自己的密码';
    default:
      return undefined;
  }
}

/** Both halves together: the initiator may make this change to this user. */
export function mayChangeUser(initiator: Initiator, user: UserSubject, change: UserChange, role?: Role): boolean {
  return mayManageUser(initiator, user) && ownAccountRefusal(initiator, user.id, change, role) === undefined;
}
