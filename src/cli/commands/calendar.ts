/**
 * `gongkai calendar …`: working days under the State Council's yearly holiday notices.
 *
 *   gongkai calendar add-workdays DATE N   the N-th working day after DATE (DATE not counted)
 *   gongkai calendar workdays YEAR         number of working days in YEAR
 *   gongkai calendar show YEAR             month grid with holidays and 调休 marked
 *
 * `--data FILE` (repeatable) loads extra or corrected year files (see docs/domain-rules.md).
 * The last line of add-workdays and workdays is the bare answer, for scripts.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Calendar, CalendarDate } from '../../domains/calendar/index.ts';
import {
  DAY_KIND_LABELS, MAX_WORKDAYS, addDays, calendarDate, daysInMonth, describeDate, describeSpan, isCalendarDate,
  loadCalendar, weekdayOf,
} from '../../domains/calendar/index.ts';
import { isDomainError } from '../../domains/shared/errors.ts';
import { parseCount, usageError } from '../usage.ts';

// ---------------------------------------------------------------- calendar

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function calendarFrom(command: Command, files: readonly string[]): Calendar {
  const extra = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      usageError(command, `无法读取节假日数据文件：${file}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      usageError(command, `节假日数据文件不是有效的 JSON：${file}（${(e as Error).message}）`);
    }
  });
  try {
    return loadCalendar(extra);
  } catch (e) {
    if (isDomainError(e)) usageError(command, e.userMessage);
    throw e;
  }
}

function parseDateArg(command: Command, raw: string): CalendarDate {
  if (!isCalendarDate(raw)) usageError(command, `日期无效：“${raw}”。请按 YYYY-MM-DD 填写真实存在的日期，例如 2026-09-21。`);
  return raw;
}

function parseYearArg(command: Command, raw: string): number {
  if (!/^\d{4}$/.test(raw) || Number(raw) < 1000) usageError(command, `年份无效：“${raw}”。请填写四位数字年份，例如 2026。`);
  return Number(raw);
}

function provisionalNote(years: readonly number[]): string {
  return `注意：${years.join('、')} 年的节假日安排尚未载入（国务院办公厅通知一般于上一年年底发布），暂按周一至周五计算，结果为临时结果。`;
}

function sourceLine(calendar: Calendar, year: number): string {
  const file = calendar.yearFile(year);
  if (!file) return `${year} 年：无节假日数据。`;
  return `依据：${file.notices.map((n) => `《${n.title}》${n.documentNumber ?? '（文号未核实）'}，${n.date}${n.verified ? '' : '（未与原文核对）'}`).join('；')}`;
}

export function registerCalendarCommands(program: Command): void {
  const group = program.command('calendar')
    .description('工作日计算：法定节假日与调休（依国务院办公厅年度节假日安排通知）');
  const dataOption = ['--data <file>', '追加或更正的年度节假日数据文件（JSON，可重复）；覆盖内置的同年数据', collect, [] as string[]] as const;

  group.command('add-workdays')
    .description('计算某日之后第 N 个工作日（起算日不计入）；最后一行为结果日期')
    .argument('<date>', '起算日，YYYY-MM-DD')
    .argument('<n>', '工作日数（非负整数）')
    .option(...dataOption)
    .action(function (this: Command, rawDate: string, rawN: string, opts: { data: string[] }) {
      const date = parseDateArg(this, rawDate);
      const n = parseCount(this, rawN, '工作日数', MAX_WORKDAYS);
      const calendar = calendarFrom(this, opts.data);
      const result = calendar.addWorkdays(date, n);
      console.log(`起算日：${describeDate(date)}，不计入（期间开始之日不计算在期间内）`);
      console.log(`第 ${n} 个工作日：${describeDate(result.date)}`);
      const span = n > 0 ? describeSpan(calendar, date, result.date).replace(/其中 .*$/, '') : '';
      if (span) console.log(span);
      if (result.provisional) console.log(provisionalNote(result.provisionalYears));
      console.log(result.date);
    });

  group.command('workdays')
    .description('某年的工作日天数；最后一行为天数')
    .argument('<year>', '年份，例如 2026')
    .option(...dataOption)
    .action(function (this: Command, rawYear: string, opts: { data: string[] }) {
      const year = parseYearArg(this, rawYear);
      const calendar = calendarFrom(this, opts.data);
      const r = calendar.workdaysInYear(year);
      console.log(`${year} 年工作日：${r.count} 天`);
      console.log(r.provisional ? provisionalNote(r.provisionalYears) : sourceLine(calendar, year));
      console.log(String(r.count));
    });

  group.command('show')
    .description('按月显示某年的日历，标出节假日放假和调休上班')
    .argument('<year>', '年份，例如 2026')
    .option(...dataOption)
    .action(function (this: Command, rawYear: string, opts: { data: string[] }) {
      const year = parseYearArg(this, rawYear);
      const calendar = calendarFrom(this, opts.data);
      console.log(renderYear(calendar, year).join('\n'));
    });
}

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const MARKS = { holiday: '休', adjustedWorkday: '班' } as const;

/** The year as a month grid (Monday first), with a legend and the holiday list. */
export function renderYear(calendar: Calendar, year: number): string[] {
  const total = calendar.workdaysInYear(year);
  const lines = [
    `${year} 年工作日历  全年工作日 ${total.count} 天`,
    `图例：休 = ${DAY_KIND_LABELS.holiday}（含放假区间内的周末）  班 = ${DAY_KIND_LABELS.adjustedWorkday}（周末上班）  无标记的星期六、星期日为周末休息`,
  ];
  if (total.provisional) lines.push(provisionalNote(total.provisionalYears));
  for (let month = 1; month <= 12; month++) {
    const first = calendarDate(year, month, 1);
    let workdays = 0;
    const cells: string[] = Array.from({ length: (weekdayOf(first) + 6) % 7 }, () => '     ');
    for (let d = 1; d <= daysInMonth(year, month); d++) {
      const info = calendar.dayInfo(addDays(first, d - 1));
      if (info.isWorkday) workdays++;
      const mark = info.kind === 'holiday' || info.kind === 'adjustedWorkday' ? MARKS[info.kind] : '  ';
      cells.push(`${String(d).padStart(2)}${mark} `);
    }
    lines.push('', `${MONTHS[month - 1]}（工作日 ${workdays} 天）`, '一   二   三   四   五   六   日');
    for (let i = 0; i < cells.length; i += 7) lines.push(cells.slice(i, i + 7).join('').trimEnd());
  }
  const holidays = calendar.holidays(year);
  if (holidays.length) {
    lines.push('', '节假日安排：');
    for (const h of holidays) {
      const off = h.offDays.length === 1 ? `${h.offDays[0]} 放假` : `${h.offDays[0]} 至 ${h.offDays[h.offDays.length - 1]} 放假，共 ${h.offDays.length} 天`;
      const work = h.work.length ? `；${h.work.map((w) => describeDate(w)).join('、')}上班` : '';
      lines.push(`  ${h.name}：${off}${work}`);
      for (const a of h.amendedBy) lines.push(`    （经《${a.notice.title}》${a.notice.documentNumber ?? ''}调整：${a.note}）`);
    }
    lines.push(sourceLine(calendar, year));
  }
  return lines;
}
