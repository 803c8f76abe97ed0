import { describe, expect, it } from 'vitest';
import { setCells } from '../reports/testing/set-cell.ts';
import { zeroReport } from '../reports/testing/zero-report.ts';
import { CarryOverLedger } from './carry-over.ts';

describe('carry-over with cells the reader could not read', () => {
  const before = () => setCells({ ...zeroReport('2021', 2022), agency: '某县教育局' }, {
    'applications.carriedForward.natural': 3, 'applications.carriedForward.total': 3,
  });
  const after = () => setCells({ ...zeroReport('2021', 2023), agency: '某县教育局' }, {
    'applications.carriedOver.natural': null, 'applications.carriedOver.total': null,
  });

  it('a blank 上年结转 is 0 and contradicts last year’s 结转下年度 (unchanged)', () => {
    const ledger = new CarryOverLedger();
    ledger.add('2022.txt', before());
    expect(ledger.add('2023.txt', after()).own.map((f) => f.at)).toEqual(['applications.carriedOver.natural', 'applications.carriedOver.total']);
  });

  it('an unread 上年结转 is not compared, in whichever order the years come', () => {
    const unread = ['applications.carriedOver.natural', 'applications.carriedOver.total'];
    const ledger = new CarryOverLedger();
    ledger.add('2022.txt', before());
    expect(ledger.add('2023.txt', after(), unread).own).toEqual([]);
    const reversed = new CarryOverLedger();
    reversed.add('2023.txt', after(), unread);
    expect(reversed.add('2022.txt', before()).late).toBeNull();
  });
});
