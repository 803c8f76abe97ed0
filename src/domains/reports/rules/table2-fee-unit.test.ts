import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { agencyLevel, checkT2FeeUnit } from './table2-fee-unit.ts';

const fees = (agency: string | null, amount: number | null) => checkT2FeeUnit(setCells(zeroReport('2021', 2023, agency), { 'active.fees.amount': amount }));

describe('T2-FEE-UNIT', () => {
  it.each([
    ['水寨镇人民政府', 'township'], ['城南街道办事处', 'township'], ['某乡', 'township'], ['城南街道', 'township'],
    ['某县教育局', 'county'], ['某市某区人民政府办公室', 'county'], ['某县乡村振兴局', 'county'],
    ['某市生态环境局', 'other'], ['某自治区自然资源厅', 'other'], ['某地区行政公署', 'other'], [null, 'other'],
  ] as const)('level of %s: %s', (agency, level) => {
    expect(agencyLevel(agency)).toBe(level);
  });

  it.each([
    ['水寨镇人民政府', 99.5], ['城南街道办事处', 999], ['某县教育局', 3560.25], ['某县教育局', 99999],
    // The real reports in ../shared/real-reports (all departments of a government together).
    ['洪泽区人民政府', 7730.28], ['淮安市人民政府', 96171.6], ['某市公安局', 520000], [null, 12.5], ['水寨镇人民政府', null],
  ] as const)('passes %s with %s 万元', (agency, amount) => {
    expect(fees(agency, amount)).toEqual([]);
  });

  it.each([
    ['水寨镇人民政府', 3500, '0.35万元'], ['城南街道办事处', 1000, '0.1万元'], ['某县教育局', 251000, '25.1万元'], ['某市公安局', 1250000, '125万元'],
  ] as const)('warns for %s with %s 万元, saying what it is in 元', (agency, amount, asYuan) => {
    const found = fees(agency, amount);
    expect(found).toEqual([expect.objectContaining({ rule: 'T2-FEE-UNIT', severity: 'warning', at: 'active.fees.amount' })]);
    expect(found[0]!.message).toContain(asYuan);
  });

  it('does not apply to the 2019 format (its 行政事业性收费 row counts items)', () => {
    expect(checkT2FeeUnit(setCells(zeroReport('2019', 2020, '水寨镇人民政府'), { 'active.fees.previous': 5000 }))).toEqual([]);
  });
});

describe('T2-FEE-UNIT bars and wording', () => {
  it.each([
    ['城南镇', 999.99, 1000, '乡镇（街道）'],
    ['某县教育局', 99999.99, 100000, '县级机关'],
    ['某市公安局', 999999.99, 1000000, '一个机关'],
  ] as const)('%s: below %d passes, %d warns (bar for %s)', (agency, below, bar, label) => {
    expect(fees(agency, below)).toEqual([]);
    expect(fees(agency, bar)).toEqual([{
      rule: 'T2-FEE-UNIT', severity: 'warning', at: 'active.fees.amount',
      message: `行政事业性收费本年收费金额为${bar}万元（${bar * 10000}元），对${label}而言过大，可能误填为以元为单位的金额；如按元填写，应为${bar / 10000}万元`,
    }]);
  });

  it.each([
    ['某镇人民政府', 'township'], ['某镇政府', 'township'], ['某乡人民政府办公室', 'township'], ['某街道办事处党政办', 'township'],
    ['某 街道 办事处', 'township'], ['某镇\n人民政府', 'township'],
    ['某县', 'county'], ['某旗', 'county'], ['某区', 'county'], ['某自治区某县', 'county'], ['某地区某区', 'county'],
    ['某特别行政区政府', 'other'], ['某自治区某地区行署', 'other'], ['镇江市人民政府', 'other'], ['某乡村振兴局', 'other'],
  ] as const)('level of %s: %s', (agency, level) => {
    expect(agencyLevel(agency)).toBe(level);
  });
});
