/**
 * Narrative statements about applications (依申请公开) that contradict table 三. Warnings: the text is
 * prose, and we only read a few fixed phrasings (a whitelist, so ordinary prose never matches):
 * - N-APPLICATIONS-COUNT: “收到政府信息公开申请N件” ≠ 本年新收 总计. Many reports count 收到/受理 as
 *   本年新收 + 上年结转, which is not an error: either sum is accepted.
 * - N-NO-APPLICATIONS: “未收到政府信息公开的申请” while 本年新收 总计 > 0.
 * - N-ON-REQUEST-COUNT: “依申请公开N条” matching none of 本年新收, 本年新收 + 上年结转, 予以公开,
 *   予以公开 + 部分公开, （七）总计.
 * Source: 条例第五十条 (the report states the handling of applications); the table is the statistic
 * of record, so the anchor is the narrative section (narrative-text.ts).
 */
import type { AnnualReport, Finding } from '../model.ts';
import type { UnknownCells } from './cells.ts';
import { findApplicationRow, formatNumber, isFilled, knownApplicationCell } from './cells.ts';
import { aboutAnotherYear, narrativeAnchor } from './narrative-text.ts';

/** Words allowed between the verb and 申请, so “收到关于征地的申请3件” (a subset) never matches. */
const QUALIFIERS = '(?:各类|了|的|本年度|本年|全年|年度|共|共计|合计|总计|新|政府信息公开|信息公开|政务公开|依申请公开|公民、法人(?:和|或)其他组织(?:提出的)?|群众)*';
const RECEIVED = new RegExp(`(?:收到|受理|接收|接到|新收)${QUALIFIERS}申请(?:数量|数|总数)?(?:为|共计|共|合计|总计|达)?(\\d+)(?:件|个|份)`, 'g');
const NONE_RECEIVED = new RegExp(`(?:未|没有)(?:收到|受理|接到)(?:任何)?${QUALIFIERS}申请`, 'g');
const ON_REQUEST = /依申请公开(?:信息|政府信息)?(?:共|共计)?(\d+)(?:条|件|个)/g;

interface TableCounts { received: number; withCarried: number; granted: number; grantedOrPartial: number; handled: number }

export function checkNarrativeApplications(text: string, report: AnnualReport, unknown: UnknownCells = new Set()): Finding[] {
  const counts = tableCounts(report, unknown);
  // A total the reader could not read contradicts nothing.
  if (!counts) return [];
  const findings: Finding[] = [];
  const current = (m: RegExpMatchArray) => !aboutAnotherYear(text, m.index!, report.year);
  for (const m of [...text.matchAll(RECEIVED)].filter(current)) {
    const n = Number(m[1]);
    if (n === counts.received || n === counts.withCarried) continue;
    findings.push({
      rule: 'N-APPLICATIONS-COUNT',
      severity: 'warning',
      at: narrativeAnchor(text, m.index),
      message: `正文“${m[0]}”与表三不符：本年新收申请总计${formatNumber(counts.received)}件（加上年结转为${formatNumber(counts.withCarried)}件）`,
    });
  }
  if (counts.received > 0) {
    for (const m of [...text.matchAll(NONE_RECEIVED)].filter(current)) {
      findings.push({
        rule: 'N-NO-APPLICATIONS',
        severity: 'warning',
        at: narrativeAnchor(text, m.index),
        message: `正文称“${m[0]}”，但表三本年新收政府信息公开申请总计为${formatNumber(counts.received)}件`,
      });
    }
  }
  for (const m of [...text.matchAll(ON_REQUEST)].filter(current)) {
    const n = Number(m[1]);
    if (Object.values(counts).includes(n)) continue;
    findings.push({
      rule: 'N-ON-REQUEST-COUNT',
      severity: 'warning',
      at: narrativeAnchor(text, m.index),
      message: `正文“${m[0]}”与表三不符：本年新收${formatNumber(counts.received)}件，予以公开${formatNumber(counts.granted)}件，部分公开后合计${formatNumber(counts.grantedOrPartial)}件，办理结果总计${formatNumber(counts.handled)}件`,
    });
  }
  return findings;
}

/** The table 三 totals the prose may quote; undefined when 本年新收 is wholly blank (nothing to contradict). */
function tableCounts(report: AnnualReport, unknown: UnknownCells): TableCounts | undefined {
  const row = findApplicationRow(report, 'newReceived');
  if (!row || !Object.values(row).some(isFilled)) return undefined;
  const cells = ['newReceived', 'carriedOver', 'granted', 'partial', 'total'].map((key) => knownApplicationCell(report, key, 'total', unknown));
  if (cells.includes(null)) return undefined;
  const [received, carried, granted, partial, handled] = cells as number[];
  return {
    received: received!,
    withCarried: received! + carried!,
    granted: granted!,
    grantedOrPartial: granted! + partial!,
    handled: handled!,
  };
}
