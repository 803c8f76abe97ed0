import type { Role } from '../../domains/accounts/index.ts';

/**
 * The dashboard's card per role: what the role does here and where to start. Cards of domains not
 * built yet say so (`coming`); their issues replace `coming` with links.
 */
export interface RoleCard {
  title: string;
  links: readonly { href: string; label: string }[];
  coming?: string;
}

export const ROLE_CARDS: Record<Role, RoleCard> = {
  sysadmin: {
    title: '用户与机构',
    links: [
      { href: '/admin/users', label: '管理用户' },
      { href: '/admin/organisations', label: '管理机构' },
    ],
  },
  publisher: {
    title: '主动公开',
    links: [
      { href: '/admin/publishing/items/new', label: '起草信息' },
      { href: '/admin/publishing/items?status=draft', label: '我的草稿和退回的信息' },
      { href: '/admin/publishing/due', label: '发布时限' },
    ],
  },
  reviewer: { title: '信息审核', links: [{ href: '/admin/publishing/items?awaiting=1', label: '待审核的信息' }] },
  secrecyReviewer: { title: '保密审查', links: [{ href: '/admin/publishing/items?awaiting=1', label: '待保密审查的信息' }] },
  caseHandler: { title: '依申请公开', links: [], coming: '政府信息公开申请的登记、办理和答复功能即将上线。' },
  leader: { title: '工作概况', links: [{ href: '/admin/publishing/items?awaiting=1', label: '待签发的信息' }], coming: '本机关政务公开工作情况即将在此显示。' },
  supervisor: {
    title: '下级机构',
    links: [{ href: '/admin/organisations', label: '查看下级机构' }],
    coming: '下级机构的公开情况监督和整改督办功能即将上线。',
  },
};
