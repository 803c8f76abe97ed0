import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.ts';
import { buildPublishingWorld, draftItem, VALID_ID } from '../../../test/support/publishing-factories.ts';
import { TEST_CLOCK } from '../../../test/support/accounts-factories.ts';
import { fixedClock } from '../shared/clock.ts';
import { DomainError } from '../shared/errors.ts';
import {
  decideItem,
  getItemDetail,
  maskItem,
  publishDueItems,
  repealItem,
  submitItem,
  updateItem,
  updatePublishingSettings,
  waiveFinding,
  withdrawItem,
} from './index.ts';
import type { InformationItem } from './index.ts';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'no error';
}

describeEachDialect('publishing workflow', (t) => {
  const clock = TEST_CLOCK;

  async function approveAll(item: InformationItem, world: Awaited<ReturnType<typeof buildPublishingWorld>>): Promise<InformationItem> {
    let current = item;
    while (['review', 'secrecy', 'signoff'].includes(current.status)) {
      current = await decideItem(t.db, { actor: world.leader, clock }, current.id, current.version, { decision: 'approve', opinion: '同意' });
    }
    return current;
  }

  it('goes 草稿 → 审核 → 保密审查 → 签发 → 已发布, recording each step, with a 索引号', async () => {
    const world = await buildPublishingWorld(t.db);
    const draft = await draftItem(t.db, world);
    expect(draft.status).toBe('draft');
    const submitted = await submitItem(t.db, { actor: world.clerk, clock }, draft.id, draft.version);
    expect(submitted.status).toBe('review');
    const reviewed = await decideItem(t.db, { actor: world.leader, clock }, submitted.id, submitted.version, { decision: 'approve', opinion: '内容准确' });
    expect(reviewed.status).toBe('secrecy');
    const checked = await decideItem(t.db, { actor: world.leader, clock }, reviewed.id, reviewed.version, { decision: 'approve', opinion: '不涉密' });
    expect(checked.status).toBe('signoff');
    const published = await decideItem(t.db, { actor: world.leader, clock }, checked.id, checked.version, { decision: 'approve', opinion: '同意发布' });
    expect(published.status).toBe('published');
    expect(published.publishedOn).toBe('2026-11-28');
    expect(published.indexNumber).toBe(`${world.organisation.code}/2026-00001`);
    const detail = await getItemDetail(t.db, world.leader, clock, published.id);
    expect(detail.reviews.map((r) => `${r.step}:${r.decision}`)).toEqual([
      'draft:created',
      'draft:submitted',
      'review:approved',
      'secrecy:approved',
      'signoff:approved',
      'publish:published',
    ]);
    expect(detail.reviews[2]).toMatchObject({ opinion: '内容准确', userName: '测试用户' });
  });

  it('refuses: approving one’s own item, a publisher approving, editing under review, deciding a draft', async () => {
    const world = await buildPublishingWorld(t.db);
    const draft = await draftItem(t.db, world, {}, clock);
    // The leader drafts? No: the leader is not a publisher.
    expect(await code(draftItem(t.db, { ...world, clerk: world.leader }))).toBe('publishing.forbidden');
    expect(await code(decideItem(t.db, { actor: world.leader, clock }, draft.id, draft.version, { decision: 'approve' }))).toBe('publishing.wrong_status');
    const submitted = await submitItem(t.db, { actor: world.clerk, clock }, draft.id, draft.version);
    expect(await code(decideItem(t.db, { actor: world.otherClerk, clock }, submitted.id, submitted.version, { decision: 'approve' }))).toBe('publishing.forbidden');
    expect(await code(updateItem(t.db, { actor: world.clerk, clock }, submitted.id, submitted.version, { columnId: world.column.id, title: '改' }))).toBe('publishing.wrong_status');
    expect(await code(submitItem(t.db, { actor: world.clerk, clock }, submitted.id, submitted.version))).toBe('publishing.wrong_status');
    // A person holding every role still cannot approve what they wrote.
    const allRoles = { ...world.clerk, roles: [...world.clerk.roles, ...world.leader.roles.map((r) => ({ ...r }))] };
    expect(await code(decideItem(t.db, { actor: allRoles, clock }, submitted.id, submitted.version, { decision: 'approve' }))).toBe('publishing.own_item');
    // Stale version: conflict.
    expect(await code(decideItem(t.db, { actor: world.leader, clock }, submitted.id, submitted.version - 1, { decision: 'approve' }))).toBe('conflict');
  });

  it('rejects with a reason back to the author, who edits and resubmits', async () => {
    const world = await buildPublishingWorld(t.db);
    const draft = await draftItem(t.db, world);
    const submitted = await submitItem(t.db, { actor: world.clerk, clock }, draft.id, draft.version);
    expect(await code(decideItem(t.db, { actor: world.leader, clock }, submitted.id, submitted.version, { decision: 'reject', opinion: '' }))).toBe('publishing.invalid_input');
    const back = await decideItem(t.db, { actor: world.leader, clock }, submitted.id, submitted.version, { decision: 'reject', opinion: '文号有误' });
    expect(back).toMatchObject({ status: 'draft', rejectionReason: '文号有误' });
    const edited = await updateItem(t.db, { actor: world.clerk, clock }, back.id, back.version, { columnId: world.column.id, title: '更正后的标题', docNumber: '测政〔2026〕6号' });
    const again = await submitItem(t.db, { actor: world.clerk, clock }, edited.id, edited.version);
    expect(again).toMatchObject({ status: 'review', rejectionReason: '', docNumber: '测政〔2026〕6号' });
  });

  it('blocks publication on an ID number until masked (one click) or waived by the 保密审查员 with a reason', async () => {
    const world = await buildPublishingWorld(t.db);
    const draft = await draftItem(t.db, world, { body: `<p>申请人张三，身份证号${VALID_ID}，电话13812341234。</p>` });
    let item = await submitItem(t.db, { actor: world.clerk, clock }, draft.id, draft.version);
    item = await decideItem(t.db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve' });
    expect(item.status).toBe('secrecy');
    expect(await code(decideItem(t.db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve' }))).toBe('publishing.privacy_unresolved');
    const detail = await getItemDetail(t.db, world.leader, clock, item.id);
    expect(detail.findings.map((f) => f.kind).sort()).toEqual(['id-card', 'mobile']);
    // Waiving is the 保密审查员's: the clerk may not.
    const phone = detail.findings.find((f) => f.kind === 'mobile')!;
    expect(await code(waiveFinding(t.db, { actor: world.clerk, clock }, item.id, { key: phone.key, reason: '单位公开电话' }))).toBe('publishing.forbidden');
    expect(await code(waiveFinding(t.db, { actor: world.leader, clock }, item.id, { key: phone.key, reason: '' }))).toBe('publishing.invalid_input');
    await waiveFinding(t.db, { actor: world.leader, clock }, item.id, { key: phone.key, reason: '单位公开电话' });
    expect(await code(decideItem(t.db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve' }))).toBe('publishing.privacy_unresolved');
    item = await maskItem(t.db, { actor: world.leader, clock }, item.id, item.version);
    expect(item.bodyHtml).toContain('110105********002X');
    expect(item.bodyHtml).not.toContain(VALID_ID);
    item = await approveAll(item, world);
    expect(item.status).toBe('published');
  });

  it('schedules publication for a later date and publishes when it comes', async () => {
    const world = await buildPublishingWorld(t.db);
    const draft = await draftItem(t.db, world, { scheduledOn: '2026-12-03' });
    let item = await submitItem(t.db, { actor: world.clerk, clock }, draft.id, draft.version);
    item = await approveAll(item, world);
    expect(item).toMatchObject({ status: 'scheduled', indexNumber: null });
    expect(await publishDueItems(t.db, { actor: 'system', clock })).toBe(0);
    const later = fixedClock('2026-12-03T01:00:00.000Z');
    expect(await publishDueItems(t.db, { actor: 'system', clock: later })).toBeGreaterThanOrEqual(1);
    const detail = await getItemDetail(t.db, world.clerk, later, item.id);
    expect(detail.item).toMatchObject({ status: 'published', publishedOn: '2026-12-03' });
  });

  it('withdraws with a reason, keeping the 索引号 taken; repeals a normative document', async () => {
    const world = await buildPublishingWorld(t.db);
    const a = await approveAll(await submitItem(t.db, { actor: world.clerk, clock }, (await draftItem(t.db, world)).id, 1), world);
    expect(await code(withdrawItem(t.db, { actor: world.clerk, clock }, a.id, a.version, { reason: '' }))).toBe('publishing.invalid_input');
    const withdrawn = await withdrawItem(t.db, { actor: world.clerk, clock }, a.id, a.version, { reason: '内容需更新' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawnReason: '内容需更新', indexNumber: a.indexNumber });
    const b = await approveAll(await submitItem(t.db, { actor: world.clerk, clock }, (await draftItem(t.db, world)).id, 1), world);
    expect(b.indexNumber).toBe(`${world.organisation.code}/2026-00002`);
    const repealed = await repealItem(t.db, { actor: world.clerk, clock }, b.id, b.version, { validity: 'repealed', on: '2026-11-28' });
    expect(repealed).toMatchObject({ validity: 'repealed', repealedOn: '2026-11-28' });
    expect(await code(repealItem(t.db, { actor: world.clerk, clock }, b.id, repealed.version, { validity: 'repealed', on: '2026-11-28' }))).toBe('publishing.not_normative');
    expect(await code(withdrawItem(t.db, { actor: world.clerk, clock }, withdrawn.id, withdrawn.version, { reason: '再撤一次' }))).toBe('publishing.wrong_status');
  });

  it('follows the organisation’s configured steps (审核 only)', async () => {
    const world = await buildPublishingWorld(t.db);
    await updatePublishingSettings(t.db, { actor: 'system', clock }, world.organisation.id, { indexPattern: 'XZ-{year}{month}-{seq:3}', workflowSteps: ['review'] });
    const item = await submitItem(t.db, { actor: world.clerk, clock }, (await draftItem(t.db, world)).id, 1);
    const published = await decideItem(t.db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve' });
    expect(published).toMatchObject({ status: 'published', indexNumber: 'XZ-202611-001' });
    expect(await code(updatePublishingSettings(t.db, { actor: 'system', clock }, world.organisation.id, { indexPattern: '{orgCode}', workflowSteps: ['review'] }))).toBe('publishing.invalid_input');
  });

  it('gives distinct 索引号 under concurrent publication', async () => {
    const world = await buildPublishingWorld(t.db);
    await updatePublishingSettings(t.db, { actor: 'system', clock }, world.organisation.id, { indexPattern: '{orgCode}/{year}-{seq:5}', workflowSteps: ['review'] });
    const items: InformationItem[] = [];
    for (let i = 0; i < 12; i++) items.push(await submitItem(t.db, { actor: world.clerk, clock }, (await draftItem(t.db, world, { title: `并发${i}` })).id, 1));
    const published = await Promise.all(items.map((item) => decideItem(t.db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve' })));
    const numbers = published.map((p) => p.indexNumber);
    expect(new Set(numbers).size).toBe(12);
    expect(numbers.map((n) => Number(n!.slice(-5))).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('publishing vocabulary', () => {
  it('keeps the migration CHECK lists equal to the domain lists', async () => {
    const migration = await import('../../db/migrations/2026-12-01-publishing.ts');
    const vocabulary = await import('./vocabulary.ts');
    expect([...migration.ITEM_STATUSES_AT_2026_12_01]).toEqual([...vocabulary.ITEM_STATUSES]);
    expect([...migration.VALIDITIES_AT_2026_12_01]).toEqual([...vocabulary.VALIDITIES]);
    expect([...migration.DOCUMENT_KINDS_AT_2026_12_01]).toEqual([...vocabulary.DOCUMENT_KINDS]);
  });
});
