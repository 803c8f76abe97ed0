import { effectiveRoles } from '../accounts/policy.ts';
import type { Actor, Initiator } from '../accounts/types.ts';
import { STEP_ROLES } from './vocabulary.ts';
import type { WorkflowStep } from './vocabulary.ts';

/**
 * Authorization for publishing, on `effectiveRoles` (roles held at the item's organisation, plus
 * sysadmin/supervisor from above). Deny by default.
 *
 * - view: anyone holding a role there (the console list is scoped the same way);
 * - draft/edit/submit/withdraw/attach: 信息发布员 (publisher);
 * - decide a step: the step's role (审核员, 保密审查员, 分管领导), never on one's own item
 *   (先审核后发布; 谁审查谁负责 — the author cannot be the reviewer);
 * - waive a privacy finding: 保密审查员 only; mask: the publisher or the 保密审查员;
 * - catalog and settings (栏目, 索引号 pattern, review steps): sysadmin only — a publisher must not be
 *   able to drop the review steps their own items pass through; statistics form: publisher, leader or sysadmin.
 */
export const PUBLISHING_ACTIONS = [
  'item.view',
  'item.draft',
  'item.edit',
  'item.withdraw',
  'item.repeal',
  'item.mask',
  'privacy.waive',
  'catalog.manage',
  'statistics.manage',
] as const;
export type PublishingAction = (typeof PUBLISHING_ACTIONS)[number];

export interface PublishingSubject {
  organisationPath: string;
  /** The item's author, for the rule that nobody approves their own item. */
  authorUserId?: string | null;
}

export function canPublishing(actor: Actor | null | undefined, action: PublishingAction, subject: PublishingSubject): boolean {
  const roles = effectiveRoles(actor, subject.organisationPath);
  switch (action) {
    case 'item.view':
      return roles.size > 0;
    case 'item.draft':
    case 'item.edit':
    case 'item.withdraw':
    case 'item.repeal':
      return roles.has('publisher');
    case 'item.mask':
      return roles.has('publisher') || roles.has('secrecyReviewer');
    case 'privacy.waive':
      return roles.has('secrecyReviewer');
    case 'catalog.manage':
      return roles.has('sysadmin');
    case 'statistics.manage':
      return roles.has('sysadmin') || roles.has('publisher') || roles.has('leader');
    default:
      return false;
  }
}

/** Whether the actor may decide (approve or reject) `step` of an item: the step's role, not the author. */
export function canDecideStep(actor: Actor | null | undefined, step: WorkflowStep, subject: PublishingSubject): boolean {
  if (!actor) return false;
  if (subject.authorUserId && subject.authorUserId === actor.userId) return false;
  return effectiveRoles(actor, subject.organisationPath).has(STEP_ROLES[step]);
}

export function initiatorCanPublishing(initiator: Initiator, action: PublishingAction, subject: PublishingSubject): boolean {
  return initiator === 'system' || canPublishing(initiator, action, subject);
}
