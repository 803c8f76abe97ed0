/**
 * The pure rules of publishing: the 20-working-day publication deadline (条例第二十六条), the
 * 索引号 pattern, and the policy per role at the item's own organisation, above and below it.
 */
import { describe, expect, it } from 'vitest';
import { addDays, parseCalendarDate, workdaysBetween } from '../calendar/index.ts';
import type { Role } from '../accounts/roles.ts';
import { ROLES } from '../accounts/roles.ts';
import type { Actor } from '../accounts/types.ts';
import { DEADLINE_STATE_LABELS, publicationDeadline } from './deadline.ts';
import { countsPerYear, formatIndexNumber, isValidIndexPattern } from './index-number.ts';
import { PUBLISHING_ACTIONS, canDecideStep, canPublishing, initiatorCanPublishing, type PublishingAction } from './policy.ts';

const d = parseCalendarDate;

describe('publicationDeadline (第二十六条: 20 working days from forming)', () => {
  const formed = d('2026-09-21');
  const due = '2026-10-26'; // across 中秋 and 国庆
  /** The day `n` working days before the due date (workdaysBetween(day, due) = n). */
  const daysLeft = (n: number) => {
    let day = d(due);
    while (workdaysBetween(day, d(due)).count < n) day = addDays(day, -1);
    return day;
  };

  it('due 20 working days later; on the due date 0 left and due soon; the day after overdue', () => {
    expect(publicationDeadline(formed, d('2026-09-22'))).toEqual({ dueOn: due, state: 'on_time', workdaysLeft: 19, provisional: false });
    expect(publicationDeadline(formed, d(due))).toMatchObject({ state: 'due_soon', workdaysLeft: 0 });
    expect(publicationDeadline(formed, addDays(d(due), 1))).toMatchObject({ state: 'overdue', workdaysLeft: -1 });
  });

  it('due soon from 5 working days left; 6 left is on time', () => {
    expect(publicationDeadline(formed, daysLeft(5))).toMatchObject({ state: 'due_soon', workdaysLeft: 5 });
    expect(publicationDeadline(formed, daysLeft(6))).toMatchObject({ state: 'on_time', workdaysLeft: 6 });
  });

  it('published on the due date is on time, the day after late — whatever today is', () => {
    expect(publicationDeadline(formed, d('2026-12-01'), d(due))).toMatchObject({ state: 'published_on_time', dueOn: due });
    expect(publicationDeadline(formed, d('2026-09-22'), addDays(d(due), 1))).toMatchObject({ state: 'published_late', dueOn: due });
    expect(publicationDeadline(formed, d('2026-09-22'), d('2026-09-22'))).toMatchObject({ state: 'published_on_time', workdaysLeft: 19 });
  });

  it('labels each state for staff', () => {
    expect(DEADLINE_STATE_LABELS).toEqual({ on_time: '未到期', due_soon: '即将到期', overdue: '已超期', published_on_time: '按期发布', published_late: '超期发布' });
  });

  it('is provisional when the count runs into a year without a holiday calendar', () => {
    expect(publicationDeadline(d('2026-12-21'), d('2026-12-22')).provisional).toBe(true);
    expect(publicationDeadline(d('2026-12-21'), d('2026-12-22'), d('2026-12-23')).provisional).toBe(true);
    // the due date is known, but counting today's distance runs into the unknown year
    expect(publicationDeadline(formed, d('2027-03-01')).provisional).toBe(true);
    expect(publicationDeadline(formed, d('2027-03-01'), d('2026-10-01')).provisional).toBe(true);
  });
});

describe('索引号 patterns', () => {
  it.each([
    ['{orgCode}/{year}-{seq:5}', true],
    ['{orgCode}-{year}{month}-{seq}', true],
    ['{seq:12}', true],
    ['{orgCode}/{year}', false], // no serial
    ['{seq}-{seq:3}', false], // two serials
    ['{orgCode}/{seq:5}{', false], // a stray brace
    ['{orgCode}/{seq:5}}', false],
    ['{orgcode}/{seq:5}', false], // unknown token
    ['{seq:123}', false],
    [`${'x'.repeat(95)}{seq}`, true], // 100 characters
    [`${'x'.repeat(96)}{seq}`, false],
  ])('%s → %s', (pattern, valid) => {
    expect(isValidIndexPattern(pattern)).toBe(valid);
  });

  it('counts per year exactly when the pattern has {year}', () => {
    expect(countsPerYear('{orgCode}/{year}-{seq:5}')).toBe(true);
    expect(countsPerYear('{orgCode}/{month}-{seq:5}')).toBe(false);
  });

  it('formats every token', () => {
    const values = { orgCode: '00567890X', publishedOn: '2026-03-09', seq: 42 };
    expect(formatIndexNumber('{orgCode}/{year}-{seq:5}', values)).toBe('00567890X/2026-00042');
    expect(formatIndexNumber('{orgCode}-{year}{month}-{seq}', values)).toBe('00567890X-202603-42');
    expect(formatIndexNumber('{seq:1}', values)).toBe('42');
    expect(formatIndexNumber('A{seq:3}B', { ...values, seq: 7 })).toBe('A007B');
  });
});

// county → township → village office; a sibling department.
const PATHS = { county: '/county/', township: '/county/township/', village: '/county/township/village/', department: '/county/department/' } as const;
type Place = keyof typeof PATHS;
const actor = (userId: string, ...roles: [Role, Place][]): Actor => ({
  userId, username: userId, displayName: '测试', mustChangePassword: false,
  roles: roles.map(([role, at]) => ({ role, organisationId: at })),
  organisationPaths: Object.fromEntries(roles.map(([, at]) => [at, PATHS[at]])),
});

/** Which roles may do what, at the item's own organisation. */
const ALLOWED: Record<PublishingAction, readonly Role[]> = {
  'item.view': ROLES,
  'item.draft': ['publisher'],
  'item.edit': ['publisher'],
  'item.withdraw': ['publisher'],
  'item.repeal': ['publisher'],
  'item.mask': ['publisher', 'secrecyReviewer'],
  'privacy.waive': ['secrecyReviewer'],
  'catalog.manage': ['sysadmin'], // a publisher must not remove the review steps their own items go through
  'statistics.manage': ['sysadmin', 'publisher', 'leader'],
};

describe('canPublishing per role, at its own level, above and below', () => {
  const cases = ROLES.flatMap((role) => PUBLISHING_ACTIONS.map((action) => [role, action] as const));
  it.each(cases)('%s: %s', (role, action) => {
    const a = actor('u1', [role, 'township']);
    const allowed = ALLOWED[action].includes(role);
    const inherited = role === 'sysadmin' || role === 'supervisor';
    expect(canPublishing(a, action, { organisationPath: PATHS.township })).toBe(allowed);
    expect(canPublishing(a, action, { organisationPath: PATHS.village })).toBe(allowed && inherited);
    expect(canPublishing(a, action, { organisationPath: PATHS.county })).toBe(false);
    expect(canPublishing(a, action, { organisationPath: PATHS.department })).toBe(false);
  });

  it('denies nobody and unknown actions; the system may do everything', () => {
    expect(canPublishing(null, 'item.view', { organisationPath: PATHS.county })).toBe(false);
    expect(canPublishing(actor('u1', ['sysadmin', 'county']), 'item.delete' as never, { organisationPath: PATHS.county })).toBe(false);
    expect(initiatorCanPublishing('system', 'privacy.waive', { organisationPath: PATHS.county })).toBe(true);
    expect(initiatorCanPublishing(actor('u1', ['publisher', 'county']), 'privacy.waive', { organisationPath: PATHS.county })).toBe(false);
    expect(initiatorCanPublishing(actor('u1', ['secrecyReviewer', 'county']), 'privacy.waive', { organisationPath: PATHS.county })).toBe(true);
  });
});

describe('canDecideStep: the step\'s role, never the author', () => {
  const subject = { organisationPath: PATHS.township, authorUserId: 'author' };
  it.each([['review', 'reviewer'], ['secrecy', 'secrecyReviewer'], ['signoff', 'leader']] as const)('%s: %s', (step, role) => {
    for (const r of ROLES) expect(canDecideStep(actor('u1', [r, 'township']), step, subject), r).toBe(r === role);
    expect(canDecideStep(actor('author', [role, 'township']), step, subject)).toBe(false);
    expect(canDecideStep(actor('u1', [role, 'county']), step, subject)).toBe(false);
    expect(canDecideStep(actor('u1', [role, 'township']), step, { organisationPath: PATHS.township })).toBe(true);
    expect(canDecideStep(actor('u1', [role, 'township']), step, { organisationPath: PATHS.township, authorUserId: null })).toBe(true);
    expect(canDecideStep(null, step, subject)).toBe(false);
  });
});
