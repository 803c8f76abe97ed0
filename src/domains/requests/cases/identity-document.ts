/**
 * The identity document an applicant uploads (身份证明, 条例第二十九条第二款第（一）项): a scan or
 * photo of an identity card, passport or business licence. Its type is read from its bytes (never
 * from the file name or the browser's claim), only images and PDF are kept, and its size is capped.
 */
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { invalidApplicationInput } from './errors.ts';

export const IDENTITY_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;
export const IDENTITY_DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];
const FIELD = 'identityDocument';

export interface IdentityDocument {
  mediaType: IdentityDocumentType;
  bytes: Buffer;
}

/**
 * Checks an upload: present, not cut off at the size limit, and really a JPEG, PNG or PDF.
 * `truncated` is what the multipart reader saw (the file went past the limit).
 */
export async function readIdentityDocument(upload: { bytes: Buffer | undefined; truncated: boolean }, options: { required: boolean }): Promise<IdentityDocument | undefined> {
  const { bytes, truncated } = upload;
  if (truncated || (bytes && bytes.length > IDENTITY_DOCUMENT_MAX_BYTES)) {
    throw invalidApplicationInput([{ field: FIELD, message: `身份证明文件不能超过 ${IDENTITY_DOCUMENT_MAX_BYTES / 1024 / 1024} MB` }], 'identity document too large');
  }
  if (!bytes || bytes.length === 0) {
    if (!options.required) return undefined;
    throw invalidApplicationInput([{ field: FIELD, message: '请上传身份证明（身份证、护照或营业执照等）的照片或扫描件（第二十九条）' }], 'identity document missing');
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(IDENTITY_DOCUMENT_TYPES as readonly string[]).includes(type.mime)) {
    throw invalidApplicationInput([{ field: FIELD, message: '无法识别上传的文件：请上传 JPG、PNG 图片或 PDF 文件' }], `identity document type ${type?.mime ?? 'unknown'}`);
  }
  return { mediaType: type.mime as IdentityDocumentType, bytes };
}

/** Stores the document beside its case (already inserted), in the caller's transaction. */
export async function storeIdentityDocument(trx: Transaction<Database>, id: string, caseId: string, document: IdentityDocument, now: string): Promise<string> {
  await trx.insertInto('application_files').values({
    id, case_id: caseId, media_type: document.mediaType, size: document.bytes.length,
    sha256: createHash('sha256').update(document.bytes).digest('hex'), content_base64: document.bytes.toString('base64'), created_at: now,
  }).execute();
  return id;
}
