import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../calendar/index.ts';
import type { TableFile } from '../../../shared/table-file.ts';
import { reportRowFor } from '../../outcomes/index.ts';
import { readLedgerRows } from './ledger-rows.ts';
import { outcomeFromLabel, rowOutcomeMismatches } from './outcome-labels.ts';

const TODAY = '2026-12-01' as CalendarDate;
const table = (...rows: Record<string, string>[]): TableFile => ({
  format: 'csv',
  headers: ['申请编号', '收到日期', '收到方式', '申请人类型', '补正后收到日期', '延期', '办结日期', '办理结果', '收费金额'],
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
});
const row = (overrides: Record<string, string> = {}) => ({
  申请编号: 'N-1', 收到日期: '2025-03-03', 收到方式: '当面', 申请人类型: '自然人', 补正后收到日期: '', 延期: '否', 办结日期: '2025-03-20', 办理结果: '予以公开', 收费金额: '', ...overrides,
});

describe('办理结果 labels', () => {
  it('map every outcome row of table 三 to an outcome counted in that row', () => {
    expect(rowOutcomeMismatches()).toEqual([]);
  });

  it.each([
    ['（一）予以公开', 'granted'], ['予以公开', 'granted'], ['(一)予以公开', 'granted'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partial'], ['部分公开', 'partial'],
    ['1.属于国家秘密', 'withheld.stateSecret'], ['属于国家秘密', 'withheld.stateSecret'], ['１．属于国家秘密', 'withheld.stateSecret'],
    ['2.其他法律法规禁止公开', 'withheld.lawProhibited'], ['其他法律行政法规禁止公开', 'withheld.lawProhibited'],
    ['本机关不掌握相关政府信息', 'unavailable.notHeld'], ['（五）不予处理 2.重复申请', 'notProcessed.duplicate'], ['重复申请', 'notProcessed.duplicate'],
    ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'other.noCorrection'], ['其他', 'other.other'], ['3.其他', 'other.other'],
  ])('%s → row %s (2021 format)', (label, rowKey) => {
    const outcome = outcomeFromLabel(label);
    expect(outcome).toBeDefined();
    expect(reportRowFor(outcome!, '2021')).toBe(rowKey);
  });

  it.each(['胜诉', '不予公开', '', '公开了一部分'])('refuses %j', (label) => {
    expect(outcomeFromLabel(label)).toBeUndefined();
  });
});

describe('readLedgerRows', () => {
  it('builds the clock of a corrected, extended case: due 40 working days after the correction', () => {
    const { rows, problems } = readLedgerRows(table(row({ 补正后收到日期: '2025-03-10', 延期: '是', 办结日期: '2025-04-28', 收费金额: '12.5' })), TODAY);
    expect(problems).toEqual([]);
    expect(rows[0]!.clock.map((e) => e.type)).toEqual(['received', 'correctionRequested', 'correctionReceived', 'extended', 'replied']);
    expect(rows[0]!.feeFen).toBe(1250);
    expect(rows[0]!.ledger.closure?.on).toBe('2025-04-28');
  });

  it('names each bad cell with its line, and every line', () => {
    const { rows, problems } = readLedgerRows(table(
      row({ 申请编号: 'A', 收到日期: '2025-02-29' }),
      row({ 申请编号: 'A', 收到方式: '飞鸽', 申请人类型: '外星人', 延期: '也许' }),
      row({ 申请编号: 'C', 办结日期: '2025-03-01' }),
      row({ 申请编号: 'D', 办理结果: '', 办结日期: '2025-03-20' }),
      row({ 申请编号: 'E', 收到日期: '2027-01-04', 办结日期: '', 办理结果: '' }),
      row({ 申请编号: 'F', 收费金额: '十元' }),
    ), TODAY);
    expect(rows).toEqual([]);
    const expected: [number, string][] = [
      [2, '收到日期“2025-02-29”不是存在的日期'],
      [3, '申请编号“A”与第2行重复'],
      [3, '未知收到方式“飞鸽”'],
      [3, '未知申请人类型“外星人”'],
      [3, '延期“也许”无效'],
      [4, '办结日期早于收到日期'],
      [5, '已填办结日期，但办理结果为空'],
      [6, '收到日期2027-01-04晚于今天'],
      [7, '收费金额“十元”无效'],
    ];
    expect(problems).toHaveLength(expected.length);
    problems.forEach((p, i) => {
      expect(p.line).toBe(expected[i]![0]);
      expect(p.message.startsWith(expected[i]![1])).toBe(true);
    });
  });

  it('refuses a file without the required columns', () => {
    const { problems } = readLedgerRows({ format: 'csv', headers: ['申请编号', '收到日期'], rows: [] }, TODAY);
    expect(problems).toEqual([{ line: 1, message: expect.stringContaining('缺少列：收到方式、申请人类型、办结日期、办理结果') }]);
  });
});
