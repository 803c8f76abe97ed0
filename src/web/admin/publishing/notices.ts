/** 主动公开's confirmations after POST → redirect → GET (`?done=…`), a closed list like ../notices.ts. */
const NOTICES = {
  created: '草稿已保存。',
  saved: '草稿已保存。',
  submitted: '已提交审核。',
  approved: '已通过。',
  rejected: '已退回起草人修改。',
  published: '已发布。',
  scheduled: '已通过，将于定时发布日期发布。',
  masked: '已脱敏。',
  waived: '已确认无需脱敏，理由已记录。',
  withdrawn: '已撤回。',
  repealed: '有效性已更新。',
  attached: '附件已上传。',
  detached: '附件已删除。',
  'catalog-created': '栏目目录已按标准模板建立。',
  'column-created': '栏目已新增。',
  'column-saved': '栏目已保存。',
  'settings-saved': '发布设置已保存。',
  'statistics-saved': '年度统计数据已保存。',
} as const;

export type PublishingNotice = keyof typeof NOTICES;

export function publishingNotice(code: unknown): string | undefined {
  return typeof code === 'string' && Object.hasOwn(NOTICES, code) ? NOTICES[code as PublishingNotice] : undefined;
}
