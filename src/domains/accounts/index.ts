/**
 * Accounts: organisations (机构, a hierarchy), users, roles per organisation, sessions, and the
 * authorization every other domain builds on. The public API of the domain: import from here only.
 *
 * For the web layer (typical flow):
 *   const { db } = openDatabase(databaseOptionsFromEnv());      // from src/db/index.ts
 *   await migrateToLatest(db); const demo = await seedDemo(db, systemClock);   // print demo.accounts once
 *   sign in:   const { token, expiresAt, actor } = await signIn(db, { username, password, ip }, clock)
 *              → set cookie = token (httpOnly, sameSite=lax); errors are DomainError:
 *                accounts.invalid_input (422, fields), accounts.invalid_credentials (401, the same
 *                for a real and an unknown account), accounts.throttled (429, SignInThrottled with
 *                retryAfterSeconds), accounts.locked (423) and accounts.user_disabled (403), the
 *                last two only to the correct password
 *   each request: const actor = await resolveSession(db, cookieToken, clock)   // undefined → sign in page
 *   sign out:  await signOut(db, token, clock, ip)
 *   commands:  createUser(db, { actor, clock, ip }, input) … — ctx.actor is an Actor, or SYSTEM for CLI/seed.
 *              Every command runs in one transaction and writes an event row.
 *   checks:    can(actor, 'user.manage', { organisationPath: org.path }) for buttons;
 *              getOrganisationForActor / getUserForActor throw not_found (404) or forbidden (403);
 *              listOrganisations / listUsers / organisationTree are already scoped to the actor.
 *   portal:    findOrganisationByCode(db, code), listPublicOrganisations(db), listOrganisationAncestors,
 *              listOrganisationChildren, listOrganisationsByIds — anonymous, public data.
 *   errors:    DomainError (src/domains/shared/errors.ts): .status, .userMessage (Chinese), .fields.
 *              Version conflicts: code 'conflict', 409, "该记录已被他人修改，请刷新后重试".
 */
export { ROLES, ROLE_LABELS, ROLE_DESCRIPTIONS, isRole } from './roles.ts';
export type { Role } from './roles.ts';
export { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS, isOrganisationKind, CHILD_KINDS, kindAllowedUnder, kindProblem } from './organisation-kinds.ts';
export { normaliseName, hasInvisibleCharacters } from './names.ts';
export type { OrganisationKind } from './organisation-kinds.ts';
export { SYSTEM } from './types.ts';
export type { Actor, Initiator, CommandContext, Organisation, OrganisationTreeNode, UserSummary, RoleAssignment } from './types.ts';
export { ACCOUNTS_ERRORS } from './errors.ts';
export type { AccountsErrorCode } from './errors.ts';
export { ACCOUNT_EVENTS } from './events.ts';
export type { AccountEvent } from './events.ts';

// Authorization: one object (can) and scoping of lists (visibleOrganisationIds).
export {
  can,
  effectiveRoles,
  isInstallationAdmin,
  maySeeUser,
  mayManageUser,
  mayChangeUser,
  ownAccountRefusal,
  ACCOUNT_ACTIONS,
  INHERITED_ROLES,
  USER_CHANGES,
} from './policy.ts';
export type { AccountAction, Subject, UserSubject, UserChange } from './policy.ts';
export { visibleOrganisationIds, visibleOrganisationIdsQuery, pathStartsWith, escapeLike } from './scope.ts';

// Passwords and sessions.
export { generatePassword, passwordProblems, isCommonPassword, MIN_PASSWORD_LENGTH, PASSWORD_RULE } from './passwords.ts';
export { SESSION_IDLE_TIMEOUT_MS, SESSION_ABSOLUTE_TIMEOUT_MS } from './sessions.ts';
export { THROTTLE_POLICIES, LOCK_AFTER_FAILURES, FAILURE_MEMORY_MS, delayAfterFailures } from './sign-in-throttle.ts';
export { SignInThrottled } from './errors.ts';

// Commands (one transaction each, each writes an event).
export { createOrganisation } from './commands/create-organisation.ts';
export type { CreateOrganisationInput } from './commands/create-organisation.ts';
export { updateOrganisation } from './commands/update-organisation.ts';
export type { UpdateOrganisationInput } from './commands/update-organisation.ts';
export { createUser } from './commands/create-user.ts';
export type { CreateUserInput } from './commands/create-user.ts';
export { updateUser } from './commands/update-user.ts';
export type { UpdateUserInput } from './commands/update-user.ts';
export { assignRole } from './commands/assign-role.ts';
export type { AssignRoleInput } from './commands/assign-role.ts';
export { revokeRole } from './commands/revoke-role.ts';
export { signIn } from './commands/sign-in.ts';
export type { SignInInput, SignInResult } from './commands/sign-in.ts';
export { signOut } from './commands/sign-out.ts';
export { changePassword } from './commands/change-password.ts';
export type { ChangePasswordInput } from './commands/change-password.ts';
export { resetPassword } from './commands/reset-password.ts';
export { disableUser, enableUser, unlockUser } from './commands/disable-user.ts';
export { resolveSession, purgeExpiredSessions } from './commands/resume-session.ts';
export type { SetUserDisabledInput } from './commands/disable-user.ts';

// Queries.
export { listSignInEvents, SIGN_IN_EVENT_NAMES } from './queries/list-sign-in-events.ts';
export type { SignInEvent, SignInEventName } from './queries/list-sign-in-events.ts';
export { getOrganisationForActor } from './queries/get-organisation-for-actor.ts';
export {
  listOrganisations,
  organisationTree,
  buildOrganisationTree,
  listPublicOrganisations,
  findOrganisationByCode,
  listOrganisationAncestors,
  listOrganisationChildren,
  listOrganisationsByIds,
} from './queries/list-organisations.ts';
export { listUsers, getUserForActor, allowedUserChanges } from './queries/list-users.ts';
export type { AllowedUserChanges } from './queries/list-users.ts';

// Seeding.
export { seedDemo, DEMO_ORGANISATIONS, DEMO_USERS } from './seed-demo.ts';
export type { DemoAccount, DemoSeedResult } from './seed-demo.ts';
export { seedOrganisations } from './seed-organisations.ts';
