/**
 * Who may read and keep the registers of an organisation. Deny by default.
 * - view: anyone who handles, approves, supervises or administers there (supervisors and
 *   sysadmins also below, through effectiveRoles);
 * - manage: the 依申请承办人 and the 分管领导 of the organisation itself.
 */
import type { Actor, Initiator } from '../../accounts/index.ts';
import { effectiveRoles } from '../../accounts/index.ts';

export const REGISTER_ACTIONS = ['register.view', 'register.manage'] as const;
export type RegisterAction = (typeof REGISTER_ACTIONS)[number];

export function canRegister(actor: Actor | null | undefined, action: RegisterAction, subject: { organisationPath: string }): boolean {
  const roles = effectiveRoles(actor, subject.organisationPath);
  if (action === 'register.manage') return roles.has('caseHandler') || roles.has('leader');
  return roles.has('caseHandler') || roles.has('leader') || roles.has('supervisor') || roles.has('sysadmin');
}

export function initiatorCanRegister(initiator: Initiator, action: RegisterAction, subject: { organisationPath: string }): boolean {
  return initiator === 'system' || canRegister(initiator, action, subject);
}
