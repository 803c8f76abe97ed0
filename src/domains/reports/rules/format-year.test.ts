import { describe, expect, it } from 'vitest';
import { blankReport } from '../layout.ts';
import { checkFormatYear } from './format-year.ts';

describe('FORMAT-YEAR', () => {
  it.each([[2019, '2019'], [2020, '2019'], [2021, '2021'], [2024, '2021']] as const)('accepts a %d report in the %s format', (year, format) => {
    expect(checkFormatYear(blankReport(format, year))).toEqual([]);
  });

  it('is an error for a 2021+ report in the 2019 format', () => {
    expect(checkFormatYear(blankReport('2019', 2021))).toEqual([expect.objectContaining({ rule: 'FORMAT-YEAR', severity: 'error', at: 'format' })]);
  });

  it('is a warning for a 2019/2020 report in the 2021 format', () => {
    expect(checkFormatYear(blankReport('2021', 2020))).toEqual([expect.objectContaining({ rule: 'FORMAT-YEAR', severity: 'warning', at: 'format' })]);
  });

  it('says nothing when the year is unknown', () => {
    expect(checkFormatYear(blankReport('2019', null))).toEqual([]);
    expect(checkFormatYear(blankReport('2021', null))).toEqual([]);
  });
});

describe('FORMAT-YEAR wording', () => {
  it('names the year and both formats', () => {
    expect(checkFormatYear(blankReport('2019', 2022))[0]!.message)
      .toBe('2022年度报告应使用2021年格式（国办公开办函〔2021〕30号），但表格为2019年格式（国办公开办函〔2019〕60号）');
    expect(checkFormatYear(blankReport('2021', 2019))[0]!.message)
      .toBe('2019年度报告应使用2019年格式（国办公开办函〔2019〕60号），但表格为2021年格式；请核对报告年度');
  });

  it('says nothing about a year that is no whole number', () => {
    expect(checkFormatYear(blankReport('2021', 2019.5))).toEqual([]);
  });
});
