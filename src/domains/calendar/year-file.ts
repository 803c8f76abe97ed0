/**
 * The shape of one calendar year file (`data/2026.json`, or a file an administrator adds):
 * the State Council's yearly notice 《国务院办公厅关于YYYY年部分节假日安排的通知》 as data,
 * plus any later notice that changed it (the 2019 劳动节 change, the 2020 Spring Festival
 * extension), recorded as an amendment on top of the original arrangement rather than merged
 * into it, so the history stays readable.
 *
 * Legal base: 《全国年节及纪念日放假办法》 (revised 2024-11-12, in force 2025-01-01) and each
 * year's notice (国办发明电〔year〕N号). See docs/domain-rules.md.
 */
import { z } from 'zod';
import { isCalendarDate, compareDates, isWeekend, addDays } from './calendar-date.ts';
import type { CalendarDate } from './calendar-date.ts';

const dateField = z.string().refine(isCalendarDate, { error: '日期须为真实存在的 YYYY-MM-DD 日期' });

const rangeSchema = z
  .object({ from: dateField, to: dateField })
  .refine((r) => r.from <= r.to, { error: '日期区间的起始日（from）不能晚于结束日（to）' });

export const noticeSchema = z.object({
  /** Local id used by `holidays[].notice` and `amendments[].notice`. */
  id: z.string().min(1, { error: '通知须有 id' }),
  title: z.string().min(1, { error: '通知须有标题' }),
  /** 文号, e.g. 国办发明电〔2024〕12号; null where not verified from a source. */
  documentNumber: z.string().min(1).nullable(),
  /** 成文日期. */
  date: dateField,
  url: z.string().nullable().optional(),
  /** false where the document number or date was not checked against the notice itself. */
  verified: z.boolean(),
  /** Id of the notice this one changes, for amendments. */
  amends: z.string().optional(),
});

export const holidaySchema = z.object({
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, or a combined name. */
  name: z.string().min(1, { error: '节日须有名称' }),
  /** Id of the notice that set this arrangement originally. */
  notice: z.string().min(1),
  /** 放假 ranges, inclusive, including the weekend days inside them. */
  off: z.array(rangeSchema).min(1, { error: '每个节日至少有一个放假区间' }),
  /** 调休上班日: weekend days declared working days. */
  work: z.array(dateField).default([]),
});

export const amendmentSchema = z.object({
  notice: z.string().min(1),
  /** Name of the holiday in `holidays` this amendment changes. */
  holiday: z.string().min(1),
  addOff: z.array(rangeSchema).default([]),
  removeOff: z.array(rangeSchema).default([]),
  addWork: z.array(dateField).default([]),
  removeWork: z.array(dateField).default([]),
  /** What changed and why, in Chinese. */
  note: z.string().min(1, { error: '调整须写明说明（note）' }),
});

export const yearFileSchema = z
  .object({
    year: z.number({ error: '年份（year）须为整数' }).int({ error: '年份（year）须为整数' }).min(1949).max(9999),
    notices: z.array(noticeSchema).min(1, { error: '须至少列出一份放假通知（notices）' }),
    holidays: z.array(holidaySchema),
    amendments: z.array(amendmentSchema).default([]),
  })
  .superRefine((file, ctx) => {
    const noticeIds = new Set(file.notices.map((n) => n.id));
    const names = new Set(file.holidays.map((h) => h.name));
    const first = `${file.year - 1}-12-01`;
    const last = `${file.year}-12-31`;
    const inWindow = (d: string, path: (string | number)[]) => {
      if (d < first || d > last) {
        ctx.addIssue({ code: 'custom', path, message: `日期 ${d} 不属于 ${file.year} 年的安排（允许 ${first} 至 ${last}）` });
      }
    };
    file.holidays.forEach((h, i) => {
      if (!noticeIds.has(h.notice)) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'notice'], message: `节日“${h.name}”引用的通知 ${h.notice} 未在 notices 中列出` });
      h.off.forEach((r, j) => { inWindow(r.from, ['holidays', i, 'off', j, 'from']); inWindow(r.to, ['holidays', i, 'off', j, 'to']); });
      h.work.forEach((d, j) => inWindow(d, ['holidays', i, 'work', j]));
    });
    file.amendments.forEach((a, i) => {
      if (!noticeIds.has(a.notice)) ctx.addIssue({ code: 'custom', path: ['amendments', i, 'notice'], message: `调整引用的通知 ${a.notice} 未在 notices 中列出` });
      if (!names.has(a.holiday)) ctx.addIssue({ code: 'custom', path: ['amendments', i, 'holiday'], message: `调整引用的节日“${a.holiday}”未在 holidays 中列出` });
      // An amendment's dates are held to the same window as the holidays': a range outside it (or
      // two years long) would otherwise only make the coherence checks below skip silently.
      for (const field of ['addOff', 'removeOff'] as const) {
        a[field].forEach((r, j) => { inWindow(r.from, ['amendments', i, field, j, 'from']); inWindow(r.to, ['amendments', i, field, j, 'to']); });
      }
      for (const field of ['addWork', 'removeWork'] as const) a[field].forEach((d, j) => inWindow(d, ['amendments', i, field, j]));
    });
    file.notices.forEach((n, i) => {
      if (n.amends !== undefined && !noticeIds.has(n.amends)) ctx.addIssue({ code: 'custom', path: ['notices', i, 'amends'], message: `通知 ${n.id} 所修改的通知 ${n.amends} 未列出` });
    });
    if (!datesWellFormed(file)) return; // the field checks above already reported it
    // The effective arrangement must be coherent: a day is not both off and a make-up working day,
    // and a make-up working day is a Saturday or Sunday.
    const effective = effectiveHolidays(file as YearFile);
    const offOwner = new Map<string, string>();
    for (const h of effective) {
      for (const d of h.offDays) {
        const owner = offOwner.get(d);
        if (owner !== undefined) ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${d} 同时列在“${owner}”和“${h.name}”的放假区间中` });
        offOwner.set(d, h.name);
      }
    }
    for (const h of effective) {
      for (const d of h.work) {
        if (offOwner.has(d)) ctx.addIssue({ code: 'custom', path: ['holidays'], message: `${d} 既是放假日又是调休上班日（${h.name}）` });
        if (!isWeekend(d)) ctx.addIssue({ code: 'custom', path: ['holidays'], message: `调休上班日 ${d}（${h.name}）不是星期六或星期日` });
      }
    }
  });

function datesWellFormed(file: {
  holidays: { off: { from: string; to: string }[]; work: string[] }[];
  amendments: { addOff: { from: string; to: string }[]; removeOff: { from: string; to: string }[]; addWork: string[]; removeWork: string[] }[];
}): boolean {
  const ranges = [...file.holidays.flatMap((h) => h.off), ...file.amendments.flatMap((a) => [...a.addOff, ...a.removeOff])];
  const days = [...file.holidays.flatMap((h) => h.work), ...file.amendments.flatMap((a) => [...a.addWork, ...a.removeWork])];
  return ranges.every((r) => isCalendarDate(r.from) && isCalendarDate(r.to) && r.from <= r.to && r.to < `${Number(r.from.slice(0, 4)) + 2}`)
    && days.every(isCalendarDate);
}

/** A year file as written (input to {@link loadCalendar}). */
export type YearFileInput = z.input<typeof yearFileSchema>;
/** A year file after validation. */
export type YearFile = z.output<typeof yearFileSchema>;
export type Notice = z.output<typeof noticeSchema>;

/** A holiday as in force after its amendments. */
export interface EffectiveHoliday {
  year: number;
  name: string;
  /** Every day off, in order. */
  offDays: CalendarDate[];
  /** 调休上班日, in order. */
  work: CalendarDate[];
  /** The notice that first set it. */
  notice: Notice;
  /** Later notices that changed it, with what they changed. */
  amendedBy: { notice: Notice; note: string }[];
}

export function expandRange(r: { from: string; to: string }): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (let d = r.from as CalendarDate; d <= r.to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Applies the amendments of a (validated) year file to its original arrangement. */
export function effectiveHolidays(file: YearFile): EffectiveHoliday[] {
  const noticeById = new Map(file.notices.map((n) => [n.id, n]));
  return file.holidays.map((h) => {
    const off = new Set<CalendarDate>(h.off.flatMap(expandRange));
    const work = new Set<CalendarDate>(h.work as CalendarDate[]);
    const amendedBy: EffectiveHoliday['amendedBy'] = [];
    for (const a of file.amendments.filter((x) => x.holiday === h.name)) {
      a.removeOff.flatMap(expandRange).forEach((d) => off.delete(d));
      a.addOff.flatMap(expandRange).forEach((d) => off.add(d));
      a.removeWork.forEach((d) => work.delete(d as CalendarDate));
      a.addWork.forEach((d) => work.add(d as CalendarDate));
      amendedBy.push({ notice: noticeById.get(a.notice)!, note: a.note });
    }
    return {
      year: file.year,
      name: h.name,
      offDays: [...off].sort(compareDates),
      work: [...work].sort(compareDates),
      notice: noticeById.get(h.notice)!,
      amendedBy,
    };
  });
}
