/** Factories for the publishing domain: a township with its catalog, a clerk and a leader. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Actor, Organisation } from '../../src/domains/accounts/index.ts';
import { createItem, ensureCatalog } from '../../src/domains/publishing/index.ts';
import type { CatalogColumn, InformationItem, ItemFieldsInput } from '../../src/domains/publishing/index.ts';
import type { Clock } from '../../src/domains/shared/clock.ts';
import { buildActor, buildOrganisation, TEST_CLOCK } from './accounts-factories.ts';

/** A checksum-valid 18-digit 身份证号 (the national standard's sample). */
export const VALID_ID = '11010519491231002X';

export interface PublishingWorld {
  organisation: Organisation;
  columns: CatalogColumn[];
  column: CatalogColumn;
  /** 信息发布员 + 依申请承办人, as the township's one clerk. */
  clerk: Actor;
  /** 审核员 + 保密审查员 + 分管领导. */
  leader: Actor;
  /** A second publisher (to show a publisher cannot approve). */
  otherClerk: Actor;
}

export async function buildPublishingWorld(db: Kysely<Database>, clock: Clock = TEST_CLOCK): Promise<PublishingWorld> {
  const county = await buildOrganisation(db, { kind: 'county_government' });
  const organisation = await buildOrganisation(db, { parent: county, kind: 'township', name: '测试镇人民政府' });
  const columns = await ensureCatalog(db, { actor: 'system', clock }, organisation.id);
  const column = columns.find((c) => c.code === 'xzgfxwj')!;
  const clerk = await buildActor(db, [
    { organisation, role: 'publisher' },
    { organisation, role: 'caseHandler' },
  ]);
  const leader = await buildActor(db, [
    { organisation, role: 'reviewer' },
    { organisation, role: 'secrecyReviewer' },
    { organisation, role: 'leader' },
  ]);
  const otherClerk = await buildActor(db, [{ organisation, role: 'publisher' }]);
  return { organisation, columns, column, clerk, leader, otherClerk };
}

export function draftItem(db: Kysely<Database>, world: PublishingWorld, fields: Partial<ItemFieldsInput> = {}, clock: Clock = TEST_CLOCK): Promise<InformationItem> {
  return createItem(db, { actor: world.clerk, clock }, world.organisation.id, {
    columnId: world.column.id,
    title: '关于印发《测试镇农村人居环境整治实施方案》的通知',
    body: '<p>各村（社区）：</p><p>现将方案印发给你们，请认真贯彻执行。</p>',
    docNumber: '测政〔2026〕5号',
    madeOn: '2026-11-20',
    ...fields,
  });
}
