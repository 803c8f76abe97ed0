import type { Actor, Role } from '../../domains/accounts/index.ts';
import type { NavItem } from '../views/console-context.ts';

/**
 * The console's navigation by domain. Later issues add their domain here (主动公开, 依申请公开,
 * 年度报告) with the roles that use it.
 */
const NAV: readonly (NavItem & { roles: readonly Role[] | 'all' })[] = [
  { href: '/admin', label: '工作台', roles: 'all' },
  { href: '/admin/users', label: '用户', roles: ['sysadmin'] },
  { href: '/admin/organisations', label: '机构', roles: ['sysadmin', 'supervisor'] },
  { href: '/admin/applications', label: '依申请公开', roles: ['caseHandler', 'leader', 'supervisor'] },
  { href: '/admin/password', label: '修改密码', roles: 'all' },
];

export function consoleNav(actor: Actor | undefined): NavItem[] {
  if (!actor) return [];
  const held = new Set(actor.roles.map((assignment) => assignment.role));
  return NAV.filter((item) => item.roles === 'all' || item.roles.some((role) => held.has(role))).map(({ href, label }) => ({ href, label }));
}

export function holdsRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((assignment) => assignment.role === role);
}
