import { describe, expect, it } from 'vitest';
import { APPEAL_KINDS_AT_2026_12_01, APPEAL_RESULTS_AT_2026_12_01, CONSULTATION_CHANNELS_AT_2026_12_01 } from '../../../db/migrations/2026-12-01-registers.ts';
import { APPEAL_KINDS, APPEAL_RESULT_LABELS, APPEAL_RESULTS, CONSULTATION_CHANNEL_LABELS, CONSULTATION_CHANNELS } from './vocabulary.ts';

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
});
