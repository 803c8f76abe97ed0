import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, REPORT_FORMATS } from '../../reports/index.ts';
import { parseCalendarDate } from '../../calendar/index.ts';
import { OUTCOMES, OUTCOME_DEFINITIONS, isOutcome, replyLetterContent, remedyFor, reportRowFor, reportRowForYear } from './index.ts';

const d = parseCalendarDate;

describe('every outcome maps to a table 三 outcome row that exists, in each format', () => {
  const cases = REPORT_FORMATS.flatMap((format) => OUTCOMES.map((o) => [format, o] as const));
  it.each(cases)('%s: %s', (format, outcome) => {
    const key = reportRowFor(outcome, format);
    const row = APPLICATION_ROWS[format].find((r) => r.key === key);
    expect(row, `${outcome} → ${key}`).toBeDefined();
    expect(row!.role).toBe('outcome');
  });
});

describe('every outcome row of each format is reachable', () => {
  const cases = REPORT_FORMATS.flatMap((format) => APPLICATION_ROWS[format].filter((r) => r.role === 'outcome').map((r) => [format, r.key, r.label] as const));
  it.each(cases)('%s: %s (%s)', (format, key) => {
    expect(OUTCOMES.some((o) => reportRowFor(o, format) === key)).toBe(true);
  });
});

describe('the mapping of domain reference §2.10', () => {
  it.each([
    ['proactivelyDisclosed', 'granted', 'granted'],
    ['disclosed', 'granted', 'granted'],
    ['partiallyDisclosed', 'partial', 'partial'],
    ['withheldThirdPartyRights', 'withheld.thirdPartyRights', 'withheld.thirdPartyRights'],
    ['specialLawAccess', 'withheld.administrativeQuery', 'withheld.administrativeQuery'],
    ['notThisAgency', 'unavailable.notHeld', 'unavailable.notHeld'],
    ['needsCreation', 'unavailable.needsCreation', 'unavailable.needsCreation'],
    ['duplicate', 'notProcessed.duplicate', 'notProcessed.duplicate'],
    ['excessive', 'notProcessed.excessive', 'notProcessed.excessive'],
    ['correctionLapsed', 'other', 'other.noCorrection'],
    ['feeUnpaid', 'other', 'other.feeUnpaid'],
    ['withdrawn', 'other', 'other.other'],
  ] as const)('%s → 2019 %s, 2021 %s', (outcome, r2019, r2021) => {
    expect(reportRowFor(outcome, '2019')).toBe(r2019);
    expect(reportRowFor(outcome, '2021')).toBe(r2021);
  });
  it('picks the format by statistics year', () => {
    expect(reportRowForYear('feeUnpaid', 2020)).toBe('other');
    expect(reportRowForYear('feeUnpaid', 2021)).toBe('other.feeUnpaid');
  });
});

describe('every outcome has a Chinese label, an article and letter content', () => {
  it.each(OUTCOMES)('%s', (o) => {
    const def = OUTCOME_DEFINITIONS[o];
    expect(def.label).toMatch(/\p{Script=Han}/u);
    expect(def.article).not.toBe('');
    expect(def.basisText).toMatch(/\p{Script=Han}/u);
    expect(def.applicantGets).toMatch(/\p{Script=Han}/u);
    expect(isOutcome(o)).toBe(true);
  });
  // 行政复议法 (2023) 第二十三条第一款第（四）项: only a refusal to disclose (the 不予公开 rows (三)1–7
  // on 第十四至十六条 grounds) and the withheld part of 部分公开 make reconsideration compulsory; a
  // 行政查询事项 (三)8 is a referral under 第三十六条第（七）项, not a refusal. Pinned value by value:
  // remedy.ts reads anything but 'yes' and 'part' as 'no', so the field itself must be right.
  it.each(OUTCOMES)('%s: nonDisclosure', (o) => {
    const expected = o === 'partiallyDisclosed' ? 'part' : o.startsWith('withheld') ? 'yes' : 'no';
    expect(OUTCOME_DEFINITIONS[o].nonDisclosure).toBe(expected);
  });
  it.each(OUTCOMES.filter((o) => o !== 'withdrawn' && o !== 'other'))('%s: the basis text cites the 条例 by its full title', (o) => {
    expect(OUTCOME_DEFINITIONS[o].basisText).toContain('《中华人民共和国政府信息公开条例》');
  });
  it('labels are unique', () => {
    expect(new Set(OUTCOMES.map((o) => OUTCOME_DEFINITIONS[o].label)).size).toBe(OUTCOMES.length);
  });
});

describe('remedy text', () => {
  it.each([
    ['withheldStateSecret', '2023-12-29', false, /行政复议法》第九条/],
    ['withheldStateSecret', '2024-01-01', true, /第二十三条第一款第（四）项.*应当先申请行政复议.*第二十条.*第四十五条/],
    ['partiallyDisclosed', '2024-03-01', true, /不予公开的部分.*第二十三条第一款第（四）项.*对不予公开的部分不服，应当先申请行政复议.*其余部分不服的，可以.*也可以.*第四十六条/],
    ['disclosed', '2024-03-01', false, /第二十条.*也可以.*第四十六条/],
    ['notHeld', '2024-03-01', false, /^如对本答复不服，可以.*第二十条.*也可以.*第四十六条[^。]*。$/],
    ['feeUnpaid', '2019-06-01', false, /60日内.*6个月内/],
  ] as const)('%s decided %s: reconsideration first = %s', (outcome, on, first, text) => {
    const r = remedyFor(outcome, { decidedOn: d(on) });
    expect(r.reconsiderationFirst).toBe(first);
    expect(r.text).toMatch(text);
  });
  it.each(OUTCOMES.filter((o) => o !== 'withdrawn'))('%s: 复议前置 only for 不予公开 and the withheld part of 部分公开 (行政复议法第二十三条第一款第（四）项)', (outcome) => {
    const r = remedyFor(outcome, { decidedOn: d('2024-03-01') });
    const refused = outcome.startsWith('withheld') || outcome === 'partiallyDisclosed';
    expect(r.reconsiderationFirst).toBe(refused);
    expect(r.text.includes('应当先申请行政复议')).toBe(refused);
    expect(r.text.includes('第二十三条')).toBe(refused);
  });
  it('names the review body and court when given', () => {
    const r = remedyFor('disclosed', { decidedOn: d('2025-01-02'), reviewBody: '某某县人民政府', court: '某某县人民法院' });
    expect(r.text).toContain('向某某县人民政府申请行政复议');
    expect(r.text).toContain('向某某县人民法院提起行政诉讼');
  });
  it('a withdrawn application has no remedy paragraph', () => {
    expect(remedyFor('withdrawn', { decidedOn: d('2025-01-02') })).toEqual({ reconsiderationFirst: false, text: '' });
  });
  it('reply letter content bundles basis, what the applicant gets and the remedy', () => {
    const letter = replyLetterContent('withheldThirdPartyRights', { decidedOn: d('2025-01-02') });
    expect(letter.legalBasis).toContain('第十五条');
    expect(letter.applicantGets).toContain('不予公开');
    expect(letter.remedy.reconsiderationFirst).toBe(true);
  });
});

// The paragraphs exactly as the letter prints them, with the generic bodies when none is named.
describe('remedy paragraphs in full', () => {
  const litigation = '自知道或者应当知道作出行政行为之日起6个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向有管辖权的人民法院提起行政诉讼';
  const review = '自知道或者应当知道该行政行为之日起60日内，依照《中华人民共和国行政复议法》第二十条的规定向有管辖权的行政复议机关申请行政复议';
  const afterReview = '对行政复议决定不服的，可以自收到行政复议决定书之日起15日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向有管辖权的人民法院提起行政诉讼';
  const article = '《中华人民共和国行政复议法》第二十三条第一款第（四）项规定的申请政府信息公开、行政机关不予公开的情形';
  it('before 2024-01-01: 行政复议法 (2017) 第九条, with the ordinary choice', () => {
    expect(remedyFor('withheldStateSecret', { decidedOn: d('2023-12-31') }).text).toBe(
      `如对本答复不服，可以自知道该行政行为之日起60日内，依照《中华人民共和国行政复议法》第九条的规定向有管辖权的行政复议机关申请行政复议；也可以${litigation}。`,
    );
  });
  it('from 2024-01-01, an ordinary decision', () => {
    expect(remedyFor('notHeld', { decidedOn: d('2024-01-01') }).text).toBe(`如对本答复不服，可以${review}；也可以${litigation}。`);
  });
  it('from 2024-01-01, 不予公开', () => {
    expect(remedyFor('withheldStateSecret', { decidedOn: d('2024-01-01') }).text).toBe(
      `本答复属于${article}，依照该条第二款告知如下：如对本答复不服，应当先申请行政复议，即${review}；${afterReview}。`,
    );
  });
  it('from 2024-01-01, 部分公开', () => {
    expect(remedyFor('partiallyDisclosed', { decidedOn: d('2024-01-01') }).text).toBe(
      `本答复中不予公开的部分属于${article}，依照该条第二款告知如下：如对不予公开的部分不服，应当先申请行政复议，即${review}；${afterReview}。对本答复其余部分不服的，可以${review}；也可以${litigation}。`,
    );
  });
  it('the letter content is the outcome definition', () => {
    const letter = replyLetterContent('notHeld', { decidedOn: d('2025-01-02') });
    const def = OUTCOME_DEFINITIONS.notHeld;
    expect(letter).toEqual({
      outcome: 'notHeld', label: def.label, article: def.article, legalBasis: def.basisText, applicantGets: def.applicantGets,
      remedy: remedyFor('notHeld', { decidedOn: d('2025-01-02') }),
    });
  });
  it('only the outcomes are outcomes', () => {
    expect(isOutcome('granted')).toBe(false);
    expect(isOutcome(3)).toBe(false);
    expect(isOutcome(undefined)).toBe(false);
  });
});
