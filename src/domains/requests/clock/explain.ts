/** `Ledger.explain()`: the plain-Chinese account of how the due date was reached. */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import { describeDate } from '../../calendar/index.ts';
import type { Ledger, Pause } from './ledger.ts';
import { CLOCK_STATUS_LABELS, REPLY_WORKDAYS } from './ledger.ts';

export function explainLedger(calendar: Calendar, ledger: Ledger, extension: number, pauses: readonly Pause[], today?: CalendarDate): string {
  const countBetweenPlain = (a: CalendarDate, b: CalendarDate) => calendar.workdaysBetween(a, b).count;
  const lines: string[] = [];
  ledger.segments.forEach((s, i) => {
    let text = s.text;
    if ((s.kind === 'consultation' || s.kind === 'feeWindow') && s.workdays !== null && s.to) {
      text += `暂停至 ${s.to}，共 ${s.workdays} 个工作日不计入答复期限。`;
    } else if ((s.kind === 'consultation' || s.kind === 'feeWindow') && s.to === null) {
      text += pauses.some((p) => p.segment === s && p.limit === null) ? '尚未结束。' : '尚未结束，暂按其期限届满推算。';
    }
    lines.push(`${i + 1}. 【${s.article}】${text}`);
  });
  const paused = pauses.reduce((n, p) => n + (p.segment.workdays ?? (p.limit === null ? 0 : Math.max(0, countBetweenPlain(p.from, p.limit)))), 0);
  if (ledger.dueOn) {
    const custom = ledger.segments.some((s) => s.kind === 'reasonableDeadline');
    const how = custom
      ? '依第三十五条确定的合理期限'
      : `${REPLY_WORKDAYS}个工作日${extension ? ` + 延长 ${extension} 个工作日` : ''}${paused ? `，另有 ${paused} 个工作日暂停不计` : ''}${pauses.some((p) => p.to === null) ? '（暂停尚未结束，按其期限届满推算）' : ''}`;
    lines.push(`结论：答复期限届满日为 ${describeDate(ledger.dueOn)}（${how}）。`);
  } else if (ledger.status === 'awaitingCorrection') {
    lines.push('结论：等待补正，答复期限自收到补正后的申请之日起重新计算。');
  } else if (ledger.status === 'paused') {
    lines.push('结论：征求意见尚未结束，所需时间不计入答复期限，答复期限届满日待收到意见后确定。');
  }
  if (ledger.provisional) lines.push('注意：计算涉及尚未公布节假日安排的年份，暂按周一至周五计算，结果为临时结果，待国务院办公厅通知公布后须复核。');
  for (const w of ledger.warnings) lines.push(`提示：${w}`);
  if (today) {
    const r = ledger.asOf(today);
    if (r.status === 'closed') lines.push(`截至 ${today}：已办结。`);
    else if (r.workdaysLeft === null) lines.push(`截至 ${today}：${CLOCK_STATUS_LABELS[r.status]}。`);
    else if (r.overdue) lines.push(`截至 ${today}：已超过答复期限 ${-r.workdaysLeft} 个工作日。`);
    else if (r.workdaysLeft === 0) lines.push(`截至 ${today}：今天是答复期限的最后一天。`);
    else lines.push(`截至 ${today}：${CLOCK_STATUS_LABELS[r.status]}，距答复期限还有 ${r.workdaysLeft} 个工作日。`);
  }
  return lines.join('\n');
}
