import type { Kysely } from 'kysely';
import { fileTypeFromBuffer } from 'file-type';
import type { Database } from '../../../db/schema.ts';
import { newId } from '../../../db/ids.ts';
import { inTransaction } from '../../../db/transaction.ts';
import type { CommandContext } from '../../accounts/index.ts';
import { publishingError, wrongStatus } from '../errors.ts';
import { recordPublishingEvent } from '../events.ts';
import type { FileStore } from '../file-store.ts';
import { itemFor } from '../item-access.ts';
import { scanAttachment } from '../privacy-port.ts';
import { recordReview } from '../publication.ts';
import { toAttachment } from '../repository.ts';
import type { Attachment } from '../types.ts';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** What may be attached, by the type sniffed from the bytes (never the name or the browser's word). */
const ALLOWED: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  cfb: 'application/msword',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  zip: 'application/zip',
  ofd: 'application/ofd',
};

function rejected(message: string, detail: string) {
  return publishingError('publishing.attachment_rejected', 'invalid', detail, [{ field: 'file', message }], message);
}

/** The sniffed content type, or a refusal. Text without a signature passes as UTF-8 plain text. */
export async function sniffAttachment(bytes: Uint8Array, fileName: string): Promise<string> {
  if (bytes.length === 0) throw rejected('附件为空文件', 'empty file');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw rejected('附件不能超过20MB', `file of ${bytes.length} bytes`);
  const type = await fileTypeFromBuffer(bytes);
  if (type) {
    const allowed = ALLOWED[type.ext];
    if (!allowed) throw rejected(`不支持此类型的附件（${type.ext}）`, `type ${type.mime}`);
    if (type.ext === 'cfb') return /\.xls$/i.test(fileName) ? 'application/vnd.ms-excel' : 'application/msword';
    return allowed;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw rejected('无法识别附件类型', 'unknown binary');
  }
  return /\.csv$/i.test(fileName) ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
}

function safeName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base].filter((ch) => ch.charCodeAt(0) >= 0x20 && !'"<>|:*?'.includes(ch)).join('').trim().slice(0, 200);
  return cleaned || '附件';
}

/** 上传附件 to a draft: type sniffed, size limited, stored under its SHA-256, scanned for personal data. */
export async function addAttachment(db: Kysely<Database>, ctx: CommandContext, store: FileStore, itemId: string, file: { fileName: string; bytes: Uint8Array }): Promise<Attachment> {
  const contentType = await sniffAttachment(file.bytes, file.fileName);
  const fileName = safeName(file.fileName);
  const findings = await scanAttachment(file.bytes, fileName);
  const sha256 = await store.put(file.bytes);
  return inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.edit');
    if (item.status !== 'draft') throw wrongStatus(item.status, 'attach');
    const last = await trx.selectFrom('item_attachments').select((eb) => eb.fn.max('position').as('max')).where('item_id', '=', item.id).executeTakeFirst();
    const id = newId();
    const row = {
      id,
      item_id: item.id,
      file_name: fileName,
      content_type: contentType,
      size: file.bytes.length,
      sha256,
      position: Number(last?.max ?? 0) + 1,
      findings: JSON.stringify(findings),
      created_at: ctx.clock.now().toISOString(),
    };
    await trx.insertInto('item_attachments').values(row).execute();
    await recordReview(trx, ctx, item.id, 'draft', 'edited', `上传附件：${fileName}`);
    await recordPublishingEvent(trx, ctx, { name: 'item.attachment_added', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { fileName, sha256, findings: findings.length } });
    return toAttachment(row);
  });
}

export async function removeAttachment(db: Kysely<Database>, ctx: CommandContext, itemId: string, attachmentId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { item } = await itemFor(trx, ctx.actor, itemId, 'item.edit');
    if (item.status !== 'draft') throw wrongStatus(item.status, 'detach');
    const deleted = await trx.deleteFrom('item_attachments').where('id', '=', attachmentId).where('item_id', '=', item.id).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return;
    await recordPublishingEvent(trx, ctx, { name: 'item.attachment_removed', subjectType: 'item', subjectId: item.id, organisationId: item.organisationId, data: { attachmentId } });
  });
}
