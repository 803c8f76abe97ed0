/**
 * Authorization for 依申请公开, built on the accounts domain's `effectiveRoles` (roles held at the
 * case's organisation, plus supervisor/sysadmin held above it). Deny by default.
 *
 * Applications carry personal data (identity numbers, addresses), so seeing one needs a role that
 * works on them: 依申请承办人, 分管领导, or 上级监督员 above. A sysadmin administers accounts, not cases.
 */
import { effectiveRoles } from '../accounts/index.ts';
import type { Actor, Initiator } from '../accounts/index.ts';

export const APPLICATION_ACTIONS = [
  'application.view', 'application.register', 'application.assign', 'application.handle',
  'application.approveExtension', 'application.reviewLetter', 'application.import', 'application.oversee',
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

export interface CaseSubject {
  /** Materialized path of the case's organisation. */
  organisationPath: string;
}

export function canOnApplications(actor: Actor | null | undefined, action: ApplicationAction, subject: CaseSubject): boolean {
  const roles = effectiveRoles(actor, subject.organisationPath);
  switch (action) {
    case 'application.view':
    case 'application.oversee':
      return roles.has('caseHandler') || roles.has('leader') || roles.has('supervisor');
    case 'application.register':
    case 'application.assign':
    case 'application.handle':
      return roles.has('caseHandler') || roles.has('leader');
    // 第三十三条第二款: the head of the disclosure office consents to an extension.
    case 'application.approveExtension':
    case 'application.reviewLetter':
      return roles.has('leader');
    case 'application.import':
      return roles.has('leader') || roles.has('sysadmin');
    default:
      return false;
  }
}

export function initiatorCanOnApplications(initiator: Initiator, action: ApplicationAction, subject: CaseSubject): boolean {
  return initiator === 'system' || canOnApplications(initiator, action, subject);
}
