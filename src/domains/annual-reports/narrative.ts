/**
 * The draft text of sections 一, 五 and 六 (and the lead lines of 二–四), prefilled from the facts
 * so staff edit rather than type: items published by column, consultations by channel,
 * applications received and how they ended, fees collected, appeals. The numbers are quoted in the
 * phrasings the narrative rules read, so a fresh draft passes checkNarrative. Pure.
 */
import type { AnnualReport } from '../reports/index.ts';
import { APPLICANT_PART_COLUMNS, applicationRow, APPLICATION_ROWS } from '../reports/index.ts';
import type { ReportFacts, ReportSections } from './types.ts';

const CHANNEL_LABELS: Record<string, string> = { onSite: '现场咨询', phone: '电话咨询', online: '网上咨询', other: '其他方式咨询' };

function rowTotal(report: AnnualReport, key: string): number {
  const row = applicationRow(report, key);
  return row.total ?? APPLICANT_PART_COLUMNS.reduce((s, c) => s + (row[c] ?? 0), 0);
}

/** Sum of the table 三 outcome rows under a group prefix (`withheld.`), or one row. */
function outcome(report: AnnualReport, prefix: string): number {
  return APPLICATION_ROWS[report.format].filter((d) => d.key === prefix || d.key.startsWith(`${prefix}.`)).reduce((s, d) => s + rowTotal(report, d.key), 0);
}

function proactive(facts: ReportFacts): string {
  const columns = facts.itemsByColumn.filter((c) => c.published > 0);
  if (facts.itemsPublished === 0) return '（一）主动公开。本年度通过本机关政府信息公开专栏主动公开政府信息的情况如下：[请补充]。';
  const parts = columns.map((c) => `${c.column}${c.published}条`).join('，');
  return `（一）主动公开。本年度通过本机关政府信息公开专栏共主动公开政府信息${facts.itemsPublished}条${parts ? `，其中${parts}` : ''}。`;
}

function consultations(facts: ReportFacts): string {
  const { total, byChannel } = facts.consultations;
  if (total === 0) return '本年度未接受政府信息公开方面的咨询。';
  const parts = Object.entries(byChannel).filter(([, n]) => n > 0).map(([channel, n]) => `${CHANNEL_LABELS[channel] ?? channel}${n}次`).join('，');
  return `本年度共接受政府信息公开咨询${total}次，其中${parts}。`;
}

function onRequest(report: AnnualReport, year: number): string {
  const received = rowTotal(report, 'newReceived');
  const natural = applicationRow(report, 'newReceived').natural ?? 0;
  const head = received === 0
    ? `（二）依申请公开。${year}年，本机关未收到政府信息公开申请。`
    : `（二）依申请公开。${year}年，本机关共收到政府信息公开申请${received}件，其中自然人申请${natural}件，法人或其他组织申请${received - natural}件；上年结转${rowTotal(report, 'carriedOver')}件。`;
  const handled = rowTotal(report, 'total');
  if (handled === 0) return head;
  const outcomes = [
    ['予以公开', outcome(report, 'granted')], ['部分公开', outcome(report, 'partial')], ['不予公开', outcome(report, 'withheld')],
    ['无法提供', outcome(report, 'unavailable')], ['不予处理', outcome(report, 'notProcessed')], ['其他处理', outcome(report, 'other')],
  ] as const;
  const parts = outcomes.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}件`).join('，');
  return `${head}本年度办结政府信息公开申请共${handled}件，其中${parts}；结转下年度继续办理${rowTotal(report, 'carriedForward')}件。`;
}

function appeals(report: AnnualReport): string {
  const review = report.appeals.review.total ?? 0;
  const litigation = (report.appeals.litigationDirect.total ?? 0) + (report.appeals.litigationAfterReview.total ?? 0);
  if (review + litigation === 0) return '本年度未发生因政府信息公开工作引起的行政复议、行政诉讼。';
  return `本年度因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${litigation}件。`;
}

function fees(facts: ReportFacts): string {
  if (facts.feesCollectedYuan <= 0) return '本年度未收取信息处理费。';
  return `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${facts.feesCollectedYuan}元，涉及申请${facts.feeCases}件。`;
}

export function draftSections(report: AnnualReport, facts: ReportFacts, agency: string, year: number): ReportSections {
  return {
    overview: [
      `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。本报告根据《中华人民共和国政府信息公开条例》第五十条编制，所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
      proactive(facts),
      `${onRequest(report, year)}${consultations(facts)}`,
      '（三）政府信息管理。[请补充本机关政府信息公开审查、保密审查和信息管理的情况。]',
      '（四）平台建设。[请补充政府信息公开专栏、政务新媒体等平台的建设和维护情况。]',
      `（五）监督保障。${appeals(report)}[请补充工作考核、社会评议和责任追究的情况。]`,
    ],
    active: [],
    applications: [],
    appeals: [],
    problems: [
      '（一）存在的主要问题。[请补充，例如：主动公开内容的全面性、政策解读的深度、依申请公开答复的规范性等方面仍有不足。]',
      '（二）改进情况。[请补充下一步改进措施。]',
    ],
    other: [fees(facts), '暂无其他需要报告的事项。'],
  };
}
