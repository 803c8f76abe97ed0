import { describe, expect, it } from 'vitest';
import { APPEAL_KINDS_AT_2026_12_01, APPEAL_RESULTS_AT_2026_12_01, CONSULTATION_CHANNELS_AT_2026_12_01 } from '../../../db/migrations/2026-12-01-registers.ts';
import {
  APPEAL_KIND_LABELS, APPEAL_KINDS, APPEAL_RESULT_LABELS, APPEAL_RESULTS, CONSULTATION_CHANNEL_LABELS, CONSULTATION_CHANNELS,
  appealGroupOf, isAppealKind, isAppealResult, isConsultationChannel,
} from './vocabulary.ts';

describe('register vocabularies', () => {
  it('match the migration’s CHECK lists (a new value needs a new migration)', () => {
    expect([...CONSULTATION_CHANNELS_AT_2026_12_01]).toEqual([...CONSULTATION_CHANNELS]);
    expect([...APPEAL_KINDS_AT_2026_12_01]).toEqual([...APPEAL_KINDS]);
    expect([...APPEAL_RESULTS_AT_2026_12_01]).toEqual([...APPEAL_RESULTS]);
  });

  it('label channels as the issue writes them', () => {
    expect(Object.values(CONSULTATION_CHANNEL_LABELS)).toEqual(['现场', '网上', '电话', '其他']);
    expect(APPEAL_RESULT_LABELS.confirmedUnlawful).toBe('确认违法');
  });

  it('label appeal kinds and results in the words of the laws', () => {
    expect(APPEAL_KIND_LABELS).toEqual({ review: '行政复议', litigation: '行政诉讼' });
    expect(Object.values(APPEAL_RESULT_LABELS)).toEqual(['维持', '撤销', '变更', '确认违法', '责令履行', '纠正', '驳回', '撤回', '终止', '调解', '其他']);
  });

  it('know their own values only', () => {
    expect(CONSULTATION_CHANNELS.every(isConsultationChannel) && APPEAL_KINDS.every(isAppealKind) && APPEAL_RESULTS.every(isAppealResult)).toBe(true);
    for (const guard of [isConsultationChannel, isAppealKind, isAppealResult]) {
      expect([guard('bogus'), guard(undefined), guard(1), guard('')]).toEqual([false, false, false, false]);
    }
    expect([isConsultationChannel('review'), isAppealKind('phone'), isAppealResult('review')]).toEqual([false, false, false]);
  });

  it('group appeals as table 四 does: 行政复议; 行政诉讼 direct or after reconsideration', () => {
    expect([appealGroupOf('review', false), appealGroupOf('review', true)]).toEqual(['review', 'review']);
    expect([appealGroupOf('litigation', false), appealGroupOf('litigation', true)]).toEqual(['litigationDirect', 'litigationAfterReview']);
  });
});
