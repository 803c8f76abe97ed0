/**
 * Every outcome pinned to its row of table 三（收到和处理政府信息公开申请情况）, written out here
 * from the national formats themselves — 国办公开办函〔2019〕60号 (the 2019 format, statistics years
 * 2019–2020) and 国办公开办函〔2021〕30号 (the 2021 format, from 2021) — as the printed group and row
 * labels, not as our keys. Swapping any two mappings, or a row's label, fails here.
 */
import { describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../reports/index.ts';
import { APPLICATION_ROWS } from '../../reports/index.ts';
import { OUTCOMES, reportRowFor, type Outcome } from './index.ts';

const G = '三、本年度办理结果';
const W = '（三）不予公开';
const U = '（四）无法提供';
const N = '（五）不予处理';
const O = '（六）其他处理';

/** outcome → [2019 format row, 2021 format row], each as "group / row" as the format prints them. */
const NATIONAL: Record<Outcome, readonly [string, string]> = {
  proactivelyDisclosed: [`${G} / （一）予以公开`, `${G} / （一）予以公开`],
  disclosed: [`${G} / （一）予以公开`, `${G} / （一）予以公开`],
  partiallyDisclosed: [`${G} / （二）部分公开（区分处理的，只计这一情形，不计其他情形）`, `${G} / （二）部分公开（区分处理的，只计这一情形，不计其他情形）`],
  withheldStateSecret: [`${W} / 1.属于国家秘密`, `${W} / 1.属于国家秘密`],
  withheldLawProhibited: [`${W} / 2.其他法律法规禁止公开`, `${W} / 2.其他法律行政法规禁止公开`],
  withheldSecurityStability: [`${W} / 3.危及“三安全一稳定”`, `${W} / 3.危及“三安全一稳定”`],
  withheldThirdPartyRights: [`${W} / 4.保护第三方合法权益`, `${W} / 4.保护第三方合法权益`],
  withheldInternalAffairs: [`${W} / 5.属于三类内部事务信息`, `${W} / 5.属于三类内部事务信息`],
  withheldProcessInfo: [`${W} / 6.属于四类过程性信息`, `${W} / 6.属于四类过程性信息`],
  withheldEnforcementFile: [`${W} / 7.属于行政执法案卷`, `${W} / 7.属于行政执法案卷`],
  specialLawAccess: [`${W} / 8.属于行政查询事项`, `${W} / 8.属于行政查询事项`],
  notHeld: [`${U} / 1.本机关不掌握相关政府信息`, `${U} / 1.本机关不掌握相关政府信息`],
  // 不属于本机关负责公开 has no row of its own: the formats count it as "not held by this agency".
  notThisAgency: [`${U} / 1.本机关不掌握相关政府信息`, `${U} / 1.本机关不掌握相关政府信息`],
  needsCreation: [`${U} / 2.没有现成信息需要另行制作`, `${U} / 2.没有现成信息需要另行制作`],
  stillUnclearAfterCorrection: [`${U} / 3.补正后申请内容仍不明确`, `${U} / 3.补正后申请内容仍不明确`],
  petition: [`${N} / 1.信访举报投诉类申请`, `${N} / 1.信访举报投诉类申请`],
  duplicate: [`${N} / 2.重复申请`, `${N} / 2.重复申请`],
  publication: [`${N} / 3.要求提供公开出版物`, `${N} / 3.要求提供公开出版物`],
  excessive: [`${N} / 4.无正当理由大量反复申请`, `${N} / 4.无正当理由大量反复申请`],
  confirmation: [`${N} / 5.要求行政机关确认或重新出具已获取信息`, `${N} / 5.要求行政机关确认或重新出具已获取信息`],
  // The 2019 format has a single 其他处理 row; the 2021 format splits it in three.
  correctionLapsed: [`${G} / （六）其他处理`, `${O} / 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`],
  feeUnpaid: [`${G} / （六）其他处理`, `${O} / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`],
  withdrawn: [`${G} / （六）其他处理`, `${O} / 3.其他`],
  other: [`${G} / （六）其他处理`, `${O} / 3.其他`],
};

/**
 * A row's printed place: a （n） row sits under 三、本年度办理结果, a numbered sub-row under the （n）
 * group above it (the merged cell of the printed table).
 */
function printedRow(format: ReportFormat, key: string): string | undefined {
  let section = '';
  let group = '';
  for (const row of APPLICATION_ROWS[format]) {
    if (row.group?.startsWith('（')) group = row.group;
    else if (row.group) section = row.group;
    const under = row.label.startsWith('（') ? section : group;
    if (row.key === key) return `${under} / ${row.label}`;
  }
  return undefined;
}

describe('the 24 outcomes land in the national formats\' rows', () => {
  it('the table covers every outcome, and only those', () => {
    expect(Object.keys(NATIONAL).sort()).toEqual([...OUTCOMES].sort());
    expect(OUTCOMES).toHaveLength(24);
  });

  it.each(OUTCOMES)('%s', (outcome) => {
    const [row2019, row2021] = NATIONAL[outcome];
    expect(printedRow('2019', reportRowFor(outcome, '2019'))).toBe(row2019);
    expect(printedRow('2021', reportRowFor(outcome, '2021'))).toBe(row2021);
  });
});
