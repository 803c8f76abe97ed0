import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { DemoSeedResult } from '../../accounts/index.ts';
import { addDays, todayInShanghai } from '../../calendar/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { recordAppeal } from './commands/record-appeal.ts';
import { recordConsultation } from './commands/record-consultation.ts';
import type { ConsultationChannel } from './vocabulary.ts';

export const DEMO_REGISTER_ORGANISATION = 'yichuan-shuizhai';

const TOPICS = [
  '询问低保评定结果的公开方式', '咨询征地补偿标准在哪里公开', '询问如何提交政府信息公开申请', '咨询村级财务公开的查阅地点',
  '询问乡村振兴项目资金的公开情况', '咨询危房改造名单公示时间', '询问信息处理费的收费标准', '咨询镇政府年度报告的发布位置',
];
// Township reality: most enquiries come in person or by phone, fewer online.
const CHANNEL_CYCLE: readonly ConsultationChannel[] = ['onSite', 'phone', 'onSite', 'online', 'phone', 'onSite', 'other', 'phone'];

/**
 * The registers of 水寨镇 for the demo: a year of consultations (one every week or so, channels as a
 * township sees them) and four appeals — open and closed, 复议 and 诉讼 both direct and after review.
 */
export async function seedRegistersDemo(db: Kysely<Database>, clock: Clock, accounts: DemoSeedResult): Promise<void> {
  const township = accounts.organisations.find((o) => o.code === DEMO_REGISTER_ORGANISATION);
  if (!township) return;
  const ctx = { actor: 'system' as const, clock, ip: null };
  const today = todayInShanghai(clock);
  await inTransaction(db, async (trx) => {
    for (let i = 0; i < 52; i++) {
      await recordConsultation(trx, ctx, {
        organisationId: township.id,
        channel: CHANNEL_CYCLE[i % CHANNEL_CYCLE.length]!,
        consultedOn: addDays(today, -7 * i - (i % 3)),
        summary: TOPICS[i % TOPICS.length]!,
      });
    }
    const cases = [
      { kind: 'review', afterReview: false, filedOn: addDays(today, -300), result: 'upheld', closedOn: addDays(today, -240), caseNumber: '伊政复〔示例〕1号' },
      { kind: 'review', afterReview: false, filedOn: addDays(today, -40), result: null, closedOn: null, caseNumber: '伊政复〔示例〕7号' },
      { kind: 'litigation', afterReview: false, filedOn: addDays(today, -200), result: 'revoked', closedOn: addDays(today, -90), caseNumber: '（示例）豫0329行初12号' },
      { kind: 'litigation', afterReview: true, filedOn: addDays(today, -20), result: null, closedOn: null, caseNumber: '（示例）豫0329行初31号' },
    ] as const;
    for (const c of cases) await recordAppeal(trx, ctx, { organisationId: township.id, ...c, note: '演示数据' });
  });
}
