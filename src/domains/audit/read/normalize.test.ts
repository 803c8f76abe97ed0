import { describe, expect, it } from 'vitest';
import { labelKey, parseValue, splitGluedValue } from './normalize.ts';
import { splitsByPattern, splitsOfAppeals, splitsWithTotal } from './split-runs.ts';

describe('labelKey', () => {
  it.each([
    ['(一) 予以公开', '(一)予以公开'],
    ['（一）予以公开', '(一)予以公开'],
    ['3、危及“三安全一稳定”', '3.危及三安全一稳定'],
    ['3.危及"三安全一稳定"', '3.危及三安全一稳定'],
    ['1. 属于 国家秘密', '1.属于国家秘密'],
    ['规\u3000章', '规章'],
    ['第二十条第（一）项', '第二十条第(一)项'],
  ])('%s → %s', (text, key) => expect(labelKey(text)).toBe(key));
});

describe('parseValue', () => {
  it.each([
    ['0', 0, null], ['1,234', 1234, null], ['１２', 12, null], ['-8', -8, null], ['12.5万元', 12.5, 'wanYuan'],
    ['251000元', 251000, 'yuan'], ['3件', 3, 'count'],
  ])('%s', (text, value, unit) => expect(parseValue(text)).toMatchObject({ kind: 'number', value, unit }));
  it.each(['-', '—', '/', '无', '－'])('blank mark %s', (text) => expect(parseValue(text)).toEqual({ kind: 'blank' }));
  it.each(['约3', '1,2', '3-4', 'x'])('not a value: %s', (text) => expect(parseValue(text)).toBeNull());
});

describe('splitGluedValue', () => {
  it('splits a label from the digits glued to it', () => {
    expect(splitGluedValue('（一）予以公开12003419')).toEqual(['(一)予以公开', '12003419']);
    expect(splitGluedValue('政府集中采购251000元')).toEqual(['政府集中采购', '251000元']);
  });
  it('keeps numbering and text without trailing digits whole', () => {
    expect(splitGluedValue('1.5')).toBeNull();
    expect(splitGluedValue('2020年')).toBeNull();
    expect(splitGluedValue('采购总金额（单位：万元，保留4位小数）')).toBeNull();
  });
});

describe('splitting digit runs by the table arithmetic', () => {
  it('lists every split whose last number is the sum of the others', () => {
    // The brief's example 12003419: no reading of it has a total equal to the sum of six parts.
    expect(splitsWithTotal('12003419', 6)).toEqual([]);
    expect(splitsWithTotal('120034019', 6)).toEqual([[12, 0, 0, 3, 4, 0, 19]]);
    expect(splitsWithTotal('110000011', 6)).toEqual(expect.arrayContaining([[11, 0, 0, 0, 0, 0, 11], [1, 10, 0, 0, 0, 0, 11]]));
    expect(splitsWithTotal('0000000', 6)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });
  it('finds the one split of a long run (the least and greatest reachable sums prune the search)', () => {
    expect(splitsWithTotal('1037181235114647716388224', 6)).toEqual([[10, 3718, 1235, 1146, 477, 1638, 8224]]);
  });
  it('gives up (null) rather than search too long', () => {
    expect(splitsWithTotal('1037181235114647716388224', 6, 64, {}, 20)).toBeNull();
  });
  it('keeps to per-cell bounds (from the column sums)', () => {
    expect(splitsWithTotal('110000011', 6, 64, { lo: [11] })).toEqual([[11, 0, 0, 0, 0, 0, 11]]);
    expect(splitsWithTotal('110000011', 6, 64, { hi: [1] })).toEqual([[1, 10, 0, 0, 0, 0, 11]]);
  });
  it('cuts table 二 runs by the form of each cell', () => {
    const count = /^(?:0|[1-9]\d*)$/;
    const change = /^(?:0|-?[1-9]\d*)$/;
    expect(splitsByPattern('0-21', [count, change, count])).toEqual([['0', '-2', '1']]);
    expect(splitsByPattern('0012', [count, count, count])).toEqual([['0', '0', '12']]);
    expect(splitsByPattern('10515', [count, count, count])).toBeNull();
  });
  it('splits table 四 by its three group totals', () => {
    expect(splitsOfAppeals('1000100000000000')).toEqual([]);
    expect(splitsOfAppeals('10100110000000000')).toEqual(expect.arrayContaining([
      [10, 1, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [1, 0, 10, 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]));
    expect(splitsOfAppeals('30030000000000')).toEqual([]);
    expect(splitsOfAppeals('12000120000000000')).toEqual([[12, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });
});
