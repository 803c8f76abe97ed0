import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Actor, Role } from '../../domains/accounts/index.ts';
import { pageForbidden } from '../http/web-errors.ts';
import type { NavItem } from '../views/console-context.ts';
import { PUBLISHING_ROLES } from './publishing/roles.ts';

/**
 * The console's navigation by domain. Later issues add their domain here (主动公开, 依申请公开,
 * 年度报告) with the roles that use it.
 */
const NAV: readonly (NavItem & { roles: readonly Role[] | 'all' })[] = [
  { href: '/admin', label: '工作台', roles: 'all' },
  { href: '/admin/users', label: '用户', roles: ['sysadmin'] },
  { href: '/admin/organisations', label: '机构', roles: ['sysadmin', 'supervisor'] },
  { href: '/admin/publishing', label: '主动公开', roles: PUBLISHING_ROLES },
  { href: '/admin/annual-reports', label: '年度报告', roles: ['publisher', 'leader', 'supervisor', 'sysadmin'] },
  { href: '/admin/sign-in-events', label: '登录记录', roles: ['sysadmin'] },
  { href: '/admin/applications', label: '依申请公开', roles: ['caseHandler', 'leader', 'supervisor'] },
  { href: '/admin/password', label: '修改密码', roles: 'all' },
];

/** Every page of the menu, whoever it is for (tests check each role reaches exactly its own). */
export function allNavHrefs(): string[] {
  return NAV.map((item) => item.href);
}

export function consoleNav(actor: Actor | undefined): NavItem[] {
  if (!actor) return [];
  const held = new Set(actor.roles.map((assignment) => assignment.role));
  return NAV.filter((item) => item.roles === 'all' || item.roles.some((role) => held.has(role))).map(({ href, label }) => ({ href, label }));
}

/**
 * A route hook that lets in only the roles whose menu shows `href`, so the menu and what is
 * reachable never disagree: a page missing from someone's menu answers them 403.
 */
export function requireNavAccess(href: string): preHandlerAsyncHookHandler {
  const item = NAV.find((candidate) => candidate.href === href);
  if (!item) throw new Error(`requireNavAccess: ${href} is not in the console's navigation`);
  return async (request) => {
    const actor = request.actor;
    if (!actor || item.roles === 'all') return;
    if (!item.roles.some((role) => holdsRole(actor, role))) throw pageForbidden('您的角色不能使用此页面。');
  };
}

export function holdsRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((assignment) => assignment.role === role);
}
