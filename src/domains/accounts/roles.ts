/**
 * Roles (角色), held per organisation. The same list feeds the SQL CHECK constraint (frozen in the
 * dated migration, kept equal by a test) and the Chinese labels in the UI.
 */
export const ROLES = ['sysadmin', 'publisher', 'reviewer', 'secrecyReviewer', 'caseHandler', 'leader', 'supervisor'] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  publisher: '信息发布员',
  reviewer: '审核员',
  secrecyReviewer: '保密审查员',
  caseHandler: '依申请承办人',
  leader: '分管领导',
  supervisor: '上级监督员',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  sysadmin: '管理本机关及下级机关的机构与用户',
  publisher: '起草并发布主动公开信息',
  reviewer: '审核待发布的信息',
  secrecyReviewer: '对拟公开信息进行保密审查',
  caseHandler: '办理依申请公开事项',
  leader: '审批重要事项，查看本机关工作情况',
  supervisor: '查看并监督下级机关的政务公开工作',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
