/** `Ledger.explain()`: the plain-Chinese account of how the due date was reached. */
import type { Calendar, CalendarDate } from '../../calendar/index.ts';
import { describeDate } from '../../calendar/index.ts';
import { CLOCK_STATUS_LABELS, REPLY_WORKDAYS } from './constants.ts';
import type { Ledger } from './ledger.ts';
import type { ClockState } from './state.ts';
import { countedPauses } from './state.ts';

export function explainLedger(calendar: Calendar, ledger: Ledger, state: ClockState, today?: CalendarDate): string {
  const lines = ledger.segments.map((s, i) => `${i + 1}. 【${s.article}】${s.text}${pauseNote(state, i)}`);
  const pauses = countedPauses(state);
  const paused = pauses.reduce((n, p) => n + (p.workdays ?? (p.limit === null ? 0 : Math.max(0, calendar.workdaysBetween(p.from, p.limit).count))), 0);
  if (ledger.dueOn) {
    const extension = state.extension;
    const how = state.custom
      ? '依第三十五条确定的合理期限'
      : `${REPLY_WORKDAYS}个工作日${extension ? ` + 延长 ${extension} 个工作日` : ''}${paused ? `，另有 ${paused} 个工作日暂停不计` : ''}${pauses.some((p) => p.to === null) ? '（暂停尚未结束，按其期限届满推算）' : ''}`;
    lines.push(`结论：答复期限届满日为 ${describeDate(ledger.dueOn)}（${how}）。`);
  } else if (ledger.status === 'awaitingCorrection') {
    lines.push('结论：等待补正，答复期限自收到补正后的申请之日起重新计算。');
  } else if (ledger.status === 'paused') {
    lines.push('结论：征求意见尚未结束，所需时间不计入答复期限，答复期限届满日待收到意见后确定。');
  }
  if (ledger.provisional) lines.push('注意：计算涉及尚未公布节假日安排的年份，暂按周一至周五计算，结果为临时结果，待国务院办公厅通知公布后须复核。');
  for (const w of ledger.warnings) lines.push(`提示：${w.text}`);
  if (today) lines.push(readingLine(ledger, today));
  return lines.join('\n');
}

/** How long a pause left the clock stopped, or that it is still running. */
function pauseNote(state: ClockState, index: number): string {
  const step = state.steps[index]!;
  if (step.kind !== 'consultation' && step.kind !== 'feeWindow') return '';
  const p = state.pauses[step.pause]!;
  if (p.to === null) return p.limit === null ? '尚未结束。' : '尚未结束，暂按其期限届满推算。';
  return p.workdays === null ? '' : `暂停至 ${p.to}，共 ${p.workdays} 个工作日不计入答复期限。`;
}

function readingLine(ledger: Ledger, today: CalendarDate): string {
  const r = ledger.asOf(today);
  if (r.status === 'closed') return `截至 ${today}：已办结。`;
  if (r.workdaysLeft === null) return `截至 ${today}：${CLOCK_STATUS_LABELS[r.status]}。`;
  if (r.overdue) return `截至 ${today}：已超过答复期限 ${-r.workdaysLeft} 个工作日。`;
  if (r.workdaysLeft === 0) return `截至 ${today}：今天是答复期限的最后一天。`;
  return `截至 ${today}：${CLOCK_STATUS_LABELS[r.status]}，距答复期限还有 ${r.workdaysLeft} 个工作日。`;
}
