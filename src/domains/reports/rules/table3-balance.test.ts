import { describe, expect, it } from 'vitest';
import { setCells } from '../testing/set-cell.ts';
import { zeroReport } from '../testing/zero-report.ts';
import { blankReport } from '../layout.ts';
import { checkT3Balance } from './table3-balance.ts';

const consistent = () => setCells(zeroReport('2021', 2023), {
  'applications.newReceived.natural': 4, 'applications.newReceived.total': 4,
  'applications.carriedOver.natural': 1, 'applications.carriedOver.total': 1,
  'applications.granted.natural': 3, 'applications.granted.total': 3,
  'applications.total.natural': 3, 'applications.total.total': 3,
  'applications.carriedForward.natural': 2, 'applications.carriedForward.total': 2,
});

describe('T3-BALANCE', () => {
  it('passes when 第一项 + 第二项 = 第三项总计 + 第四项 in every column', () => {
    expect(checkT3Balance(consistent())).toEqual([]);
  });

  it('reports applications.carriedForward.<column> with the spec message', () => {
    const r = setCells(consistent(), { 'applications.carriedForward.natural': 1, 'applications.carriedForward.total': 1 });
    expect(checkT3Balance(r)).toEqual([
      { rule: 'T3-BALANCE', severity: 'error', at: 'applications.carriedForward.natural', message: '自然人列：第一项加第二项（5）不等于第三项总计加第四项（4）' },
      { rule: 'T3-BALANCE', severity: 'error', at: 'applications.carriedForward.total', message: '总计列：第一项加第二项（5）不等于第三项总计加第四项（4）' },
    ]);
  });

  it('fails both ways: inputs above outputs, and inputs below outputs', () => {
    const above = setCells(consistent(), { 'applications.newReceived.natural': 5, 'applications.newReceived.total': 5 });
    expect(checkT3Balance(above).map((f) => f.message)).toEqual([
      '自然人列：第一项加第二项（6）不等于第三项总计加第四项（5）',
      '总计列：第一项加第二项（6）不等于第三项总计加第四项（5）',
    ]);
    const below = setCells(consistent(), { 'applications.newReceived.natural': 3, 'applications.newReceived.total': 3 });
    expect(checkT3Balance(below).map((f) => f.message)).toEqual([
      '自然人列：第一项加第二项（4）不等于第三项总计加第四项（5）',
      '总计列：第一项加第二项（4）不等于第三项总计加第四项（5）',
    ]);
    // A difference far below one application is rounding, not imbalance; a small real one is not.
    expect(checkT3Balance(setCells(consistent(), { 'applications.carriedForward.legal': 1e-12 }))).toEqual([]);
    expect(checkT3Balance(setCells(consistent(), { 'applications.carriedForward.legal': 1e-9 }))).toEqual([]);
    expect(checkT3Balance(setCells(consistent(), { 'applications.carriedForward.legal': 1e-6 })).map((f) => f.at)).toEqual(['applications.carriedForward.legal']);
  });

  it('counts a blank （七）总计 as the sum of its outcome rows and a blank 上年结转 as 0', () => {
    const r = setCells(consistent(), {
      'applications.total.natural': null, 'applications.total.total': null,
      'applications.carriedOver.natural': null, 'applications.carriedOver.total': null,
      'applications.carriedForward.natural': 1, 'applications.carriedForward.total': 1,
    });
    expect(checkT3Balance(r)).toEqual([]);
  });

  it('is silent on a wholly blank table', () => {
    expect(checkT3Balance(blankReport('2019', 2020))).toEqual([]);
  });
});
