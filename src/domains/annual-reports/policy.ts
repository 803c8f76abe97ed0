/**
 * Authorization for annual reports, on effectiveRoles (accounts): deny by default.
 * - view: anyone holding a role at the organisation, or a supervisor/sysadmin above it;
 * - edit (generate, edit the text, check, acknowledge, lock, start a correction): the disclosure
 *   staff (信息发布员), the leader (分管领导) and the system administrator;
 * - publish: the leader or the publisher of the organisation itself (a publication is the
 *   organisation's own act; a supervisor above does not publish for it);
 * - supervise (matrix, aggregate, import of subordinates' reports): 上级监督员 and sysadmin above.
 */
import type { Initiator, Subject } from '../accounts/index.ts';
import { effectiveRoles } from '../accounts/index.ts';

export const ANNUAL_REPORT_ACTIONS = ['annual_report.view', 'annual_report.edit', 'annual_report.publish', 'annual_report.supervise'] as const;
export type AnnualReportAction = (typeof ANNUAL_REPORT_ACTIONS)[number];

export function canReport(initiator: Initiator | null | undefined, action: AnnualReportAction, subject: Subject): boolean {
  if (initiator === 'system') return true;
  const roles = effectiveRoles(initiator, subject.organisationPath);
  switch (action) {
    case 'annual_report.view':
      return roles.size > 0;
    case 'annual_report.edit':
      return roles.has('publisher') || roles.has('leader') || roles.has('sysadmin');
    case 'annual_report.publish': {
      const own = subject.organisationPath.split('/').filter(Boolean).at(-1);
      const heldHere = initiator?.roles.some((r) => r.organisationId === own && (r.role === 'leader' || r.role === 'publisher')) ?? false;
      return heldHere;
    }
    case 'annual_report.supervise':
      return roles.has('supervisor') || roles.has('sysadmin');
    default:
      return false;
  }
}
