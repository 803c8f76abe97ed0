import { describe, expect, it } from 'vitest';
import { checkNarrativePartsSum } from './narrative-parts-sum.ts';

const sums = (text: string) => checkNarrativePartsSum(text).map((f) => f.message);

describe('N-PARTS-SUM', () => {
  it('states the statement, the parts, their sum and the total, anchored at its section', () => {
    expect(checkNarrativePartsSum('一、总体情况\n全年办理咨询10件，其中电话咨询3件，现场咨询4件。')).toEqual([{
      rule: 'N-PARTS-SUM', severity: 'warning', at: 'sections.一',
      message: '正文“全年办理咨询10件，其中电话咨询3件，现场咨询4件”：分项之和3 + 4 = 7，不等于总数10',
    }]);
  });

  it.each([
    ['件', '件'], ['条', '条'], ['个', '个'], ['项', '项'], ['人', '人'], ['次', '次'], ['人次', '次'], ['次', '人次'], ['人次', '人次'],
  ])('checks a total in %s against parts in %s (one family of units)', (totalUnit, partUnit) => {
    expect(sums(`咨询10${totalUnit}，其中电话咨询3${partUnit}，现场咨询4${partUnit}。`)).toHaveLength(1);
    expect(sums(`咨询7${totalUnit}，其中电话咨询3${partUnit}，现场咨询4${partUnit}。`)).toEqual([]);
  });

  it.each(['，', ',', '、'])('splits clauses at “%s”', (comma) => {
    expect(sums(`咨询10次${comma}其中电话咨询3次${comma}现场咨询4次`)).toHaveLength(1);
  });

  it('reads clauses with stray spaces, as PDF text has them', () => {
    expect(sums('前言。 咨询10次， 其中电话咨询3次， 现场咨询4次 ')).toEqual(['正文“咨询10次，其中电话咨询3次，现场咨询4次”：分项之和3 + 4 = 7，不等于总数10']);
  });

  it('reads “其中，” as “其中”', () => {
    expect(sums('咨询10次，其中，电话咨询3次，现场咨询4次')).toHaveLength(1);
    expect(sums('咨询10次，其中 ，电话咨询3次，现场咨询4次')).toHaveLength(1);
  });

  it.each(['。', '！', '？', '；', '\n'])('does not read parts across a sentence end “%s”', (end) => {
    expect(sums(`咨询10次${end}其中电话咨询3次，现场咨询4次`)).toEqual([]);
    expect(sums(`咨询10次，其中电话咨询3次${end}现场咨询4次`)).toEqual([]);
  });

  it('needs 其中 right after the total and at least two parts', () => {
    expect(sums('咨询10次，电话咨询3次，现场咨询4次')).toEqual([]);
    expect(sums('咨询10次，其中电话咨询3次')).toEqual([]);
    expect(sums('咨询10次，其中电话咨询3次，现场咨询很多')).toEqual([]);
    expect(sums('咨询10次')).toEqual([]);
    expect(sums('咨询10次，其中')).toEqual([]);
  });

  it('reads the parts up to the first clause that is no part of that family, and sums all of them', () => {
    expect(sums('咨询10次，其中电话咨询3次，现场咨询4次，网上咨询2次，另有咨询1件')).toEqual([
      '正文“咨询10次，其中电话咨询3次，现场咨询4次，网上咨询2次”：分项之和3 + 4 + 2 = 9，不等于总数10',
    ]);
  });

  it('needs every part to share a two-character word of the total, other than 共/共计/合计/总计', () => {
    expect(sums('受理咨询10次，其中电话咨询3次，现场咨询4次')).toHaveLength(1);
    expect(sums('咨询受理10次，其中咨询电话3次，咨询现场4次')).toHaveLength(1);
    expect(sums('咨询10次，其中电话咨询3次，现场答复4次')).toEqual([]);
    expect(sums('合计办理10件，其中合计电话3件，合计现场4件')).toEqual([]);
    expect(sums('共计办理10件，其中共计电话3件，共计现场4件')).toEqual([]);
    expect(sums('总计办理10件，其中总计电话3件，总计现场4件')).toEqual([]);
    expect(sums('共办理10件，其中共电话3件，共现场4件')).toEqual([]);
  });

  it('reads labels of at most 20 characters, without figures', () => {
    const label = '关于某某事项的政府信息公开咨询';
    expect(sums(`${label}12345次，其中电话咨询3次，现场咨询4次`)).toHaveLength(1);
    expect(sums(`${'很'.repeat(5)}${label}10次，其中电话咨询3次，现场咨询4次`)).toHaveLength(1);
    expect(sums(`${'很'.repeat(6)}${label}10次，其中电话咨询3次，现场咨询4次`)).toEqual([]);
    expect(sums('2023年咨询10次，其中电话咨询3次，现场咨询4次')).toEqual([]);
    expect(sums('咨询10次以上，其中电话咨询3次，现场咨询4次')).toEqual([]);
  });
});
