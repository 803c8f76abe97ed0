import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, builtinCalendar, calendarDate } from './index.ts';

const cal = builtinCalendar();
/** Any date from 2018-12-01 to 2027-12-31, covering data years and both fallback edges. */
const dateArb = fc.integer({ min: 0, max: 3317 }).map((i) => addDays(calendarDate(2018, 12, 1), i));
const countArb = fc.integer({ min: 0, max: 80 });

describe('addWorkdays properties', () => {
  it('addWorkdays(d, a + b) = addWorkdays(addWorkdays(d, a), b)', () => {
    fc.assert(fc.property(dateArb, countArb, countArb, (d, a, b) => {
      expect(cal.addWorkdays(d, a + b).date).toBe(cal.addWorkdays(cal.addWorkdays(d, a).date, b).date);
    }));
  });

  it('the result of n ≥ 1 working days is always a working day, after the start', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 1, max: 80 }), (d, n) => {
      const r = cal.addWorkdays(d, n).date;
      expect(cal.isWorkday(r)).toBe(true);
      expect(r > d).toBe(true);
    }));
  });

  it('workdaysBetween inverts addWorkdays', () => {
    fc.assert(fc.property(dateArb, countArb, (d, n) => {
      expect(cal.workdaysBetween(d, cal.addWorkdays(d, n).date).count).toBe(n);
    }));
  });

  it('counting back undoes counting forward from a working day', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 1, max: 80 }), (d, n) => {
      const start = cal.addWorkdays(d, 1).date;
      expect(cal.addWorkdays(cal.addWorkdays(start, n).date, -n).date).toBe(start);
    }));
  });

  it('a result is provisional exactly when the count reaches a year without data', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 1, max: 80 }), (d, n) => {
      const r = cal.addWorkdays(d, n);
      // (d, r] reaches 2018 iff d is before 2018-12-31; it reaches 2027 iff r is in 2027.
      expect(r.provisional).toBe(d < '2018-12-31' || r.date >= '2027-01-01');
    }));
  });
});
