/** Factories for the portal: items published through the real workflow (draft → steps → 已发布). */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { addAttachment, createItem, decideItem, submitItem, withdrawItem } from '../../src/domains/publishing/index.ts';
import type { FileStore, InformationItem, ItemFieldsInput } from '../../src/domains/publishing/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import type { PublishingWorld } from './publishing-factories.ts';

export interface PublishOptions {
  /** 发布日期 (the clock's date when it is approved). Default 2026-11-28. */
  on?: string;
  attachments?: { fileName: string; bytes: Uint8Array }[];
  files?: FileStore;
}

/** A draft of `world.clerk` in `world.column` unless `fields.columnId` says otherwise. */
export function draft(db: Kysely<Database>, world: PublishingWorld, fields: Partial<ItemFieldsInput> & { title: string }, on = '2026-11-28'): Promise<InformationItem> {
  return createItem(db, { actor: world.clerk, clock: fixedClock(`${on}T02:00:00.000Z`) }, world.organisation.id, { columnId: world.column.id, body: '<p>正文。</p>', ...fields });
}

/** Drafts, attaches, submits and approves every step: a published item. */
export async function publish(db: Kysely<Database>, world: PublishingWorld, fields: Partial<ItemFieldsInput> & { title: string }, options: PublishOptions = {}): Promise<InformationItem> {
  const on = options.on ?? '2026-11-28';
  const clock = fixedClock(`${on}T02:00:00.000Z`);
  let item = await draft(db, world, fields, on);
  for (const file of options.attachments ?? []) await addAttachment(db, { actor: world.clerk, clock }, options.files!, item.id, file);
  item = await submitItem(db, { actor: world.clerk, clock }, item.id, item.version);
  while (['review', 'secrecy', 'signoff'].includes(item.status)) {
    item = await decideItem(db, { actor: world.leader, clock }, item.id, item.version, { decision: 'approve', opinion: '同意' });
  }
  if (item.status !== 'published') throw new Error(`not published: ${item.status}`);
  return item;
}

export function withdraw(db: Kysely<Database>, world: PublishingWorld, item: InformationItem, reason: string, on = '2026-11-29'): Promise<InformationItem> {
  return withdrawItem(db, { actor: world.clerk, clock: fixedClock(`${on}T02:00:00.000Z`) }, item.id, item.version, { reason });
}
