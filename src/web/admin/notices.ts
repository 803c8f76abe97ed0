/**
 * Confirmations after POST → redirect → GET travel as a code in the query string (`?done=…`);
 * the text comes from this closed list, so nothing a user types is echoed back.
 */
const NOTICES = {
  'signed-out': '您已安全退出。',
  expired: '您的登录已过期，请重新登录。',
  'must-change': '请先修改初始密码，再继续使用。',
  'password-changed': '密码已修改。',
  'user-created': '用户已创建。首次登录时需修改初始密码。',
  'role-assigned': '角色已分配。',
  'role-revoked': '角色已撤销。',
  'user-disabled': '用户已停用。',
  'user-enabled': '用户已启用。',
  'user-updated': '姓名已保存。',
  'user-unlocked': '账户已解除锁定。',
  'organisation-created': '机构已创建。',
  'organisation-updated': '机构信息已保存。',
} as const;

export type NoticeCode = keyof typeof NOTICES;

export function noticeFor(code: unknown): string | undefined {
  return typeof code === 'string' && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : undefined;
}
