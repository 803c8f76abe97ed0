/**
 * Narrative paragraphs that quote a report's own tables correctly, in the phrasings the narrative
 * rules read — so a rendered corpus exercises checkNarrative without expected findings. Tests
 * mutate a number in them to get the warning.
 */
import type { AnnualReport } from '../model.ts';
import type { ReportNarrative } from '../render/document.ts';
import { applicationRow } from '../layout.ts';
import type { AppealRow } from '../model.ts';

/** A table 四 总计 as the text quotes it: the cell, or the sum of its parts when it is blank. */
const appealTotal = (row: AppealRow): number => row.total ?? (row.upheld ?? 0) + (row.corrected ?? 0) + (row.other ?? 0) + (row.pending ?? 0);

export function consistentNarrative(report: AnnualReport): ReportNarrative {
  const year = report.year === null ? '本年度' : `${report.year}年`;
  const total = (key: string) => applicationRow(report, key).total ?? 0;
  const received = total('newReceived');
  const natural = applicationRow(report, 'newReceived').natural ?? 0;
  const applications = received === 0
    ? `${year}，本机关未收到政府信息公开的申请。`
    : `${year}，本机关共收到政府信息公开申请${received}件，其中自然人申请${natural}件，法人或其他组织申请${received - natural}件；上年结转${total('carriedOver')}件。`;
  const review = appealTotal(report.appeals.review);
  const litigation = appealTotal(report.appeals.litigationDirect) + appealTotal(report.appeals.litigationAfterReview);
  const appeals = review + litigation === 0
    ? '本年度未发生政府信息公开行政复议、行政诉讼案件。'
    : `本年度因政府信息公开被申请行政复议${review}件，被提起行政诉讼${litigation}件。`;
  return {
    overview: [
      `${year}，本机关认真贯彻落实《中华人民共和国政府信息公开条例》第二十条、第五十条的规定，主动公开率100%。`,
      applications,
      `全年依申请公开${total('granted')}条，共接受群众咨询60人次，其中现场咨询30次，电话咨询20次，网上咨询10次。`,
      appeals,
    ],
    other: ['本年度未收取信息处理费。'],
  };
}
