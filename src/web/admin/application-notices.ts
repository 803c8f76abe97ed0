/** Confirmations of the 依申请公开 pages (`?done=…`), a closed list as in notices.ts. */
const NOTICES = {
  assigned: '已分办。',
  'correction-sent': '补正告知已发出，答复期限待收到补正后重新计算。',
  corrected: '已登记补正，答复期限自收到补正之日起重新计算。',
  'correction-lapsed': '已视为放弃申请，申请已办结。',
  'consultation-sent': '征求意见函已发出，征求意见期间不计入答复期限。',
  'consultation-answered': '已登记答复，继续计时。',
  'extension-requested': '延期申请已提交，等待分管领导审批。',
  'extension-approved': '已同意延期。',
  'extension-rejected': '已不同意延期。',
  decided: '已作出决定。请生成答复书。',
  'letter-drafted': '答复书已生成，等待审核。',
  'letter-reviewed': '审核意见已保存。',
  'letter-sent': '答复书已发出，申请已办结。',
  delivered: '已登记送达。',
  'fee-noticed': '收费通知已发出，缴费期间暂停计时。',
  'fee-paid': '已登记缴费。',
  'fee-lapsed': '逾期未缴费，视为放弃申请。',
  withdrawn: '已登记撤回，申请已办结。',
  'address-saved': '提醒邮箱已保存。',
  'reminders-sent': '提醒邮件已发送。',
  'reminders-none': '今天没有需要发送的提醒邮件。',
} as const;

export type ApplicationNotice = keyof typeof NOTICES;

export function applicationNoticeFor(code: unknown): string | undefined {
  return typeof code === 'string' && Object.hasOwn(NOTICES, code) ? NOTICES[code as ApplicationNotice] : undefined;
}
