import type { Role } from '../../../domains/accounts/index.ts';

/** Who has 主动公开 in the menu, and may open its overview (everyone else: 403). */
export const PUBLISHING_ROLES: readonly Role[] = ['publisher', 'reviewer', 'secrecyReviewer', 'leader', 'supervisor', 'sysadmin'];
