/**
 * The audit form's input, as the console and the portal take it: an uploaded file (text, HTML,
 * DOCX, PDF; or a ZIP for a batch) or pasted text. Accepts either shape the multipart layer gives
 * a file (a Buffer, or `{ fileName, bytes }`).
 */
import type { FastifyRequest } from 'fastify';
import { BATCH_LIMITS } from '../../domains/audit/index.ts';

/** Largest single report accepted through the web forms. */
export const AUDIT_UPLOAD_BYTES = 20 * 1024 * 1024;
export const BATCH_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_PASTED_CHARS = 500_000;

/** Route options for an upload form: file size limit, a rate limit per client address. */
export function auditRouteOptions(maxBytes: number, perMinute: number) {
  return { config: { multipartOptions: { limits: { files: 1, fileSize: maxBytes } }, rateLimit: { max: perMinute, timeWindow: '1 minute' } }, bodyLimit: maxBytes + 1024 * 1024 };
}

export interface AuditInput {
  bytes: Uint8Array;
  name: string;
}

function fileOf(value: unknown): AuditInput | undefined {
  if (Buffer.isBuffer(value) && value.byteLength > 0) return { bytes: value, name: 'upload' };
  if (value && typeof value === 'object' && Buffer.isBuffer((value as { bytes?: unknown }).bytes)) {
    const { bytes, fileName } = value as { bytes: Buffer; fileName?: string };
    if (bytes.byteLength > 0) return { bytes, name: fileName || 'upload' };
  }
  return undefined;
}

/** The file if one was sent, else the pasted text; a message when neither or too large. */
export function auditInput(request: FastifyRequest): AuditInput | { problem: string } {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const file = fileOf(body.file);
  if (file) return file.bytes.byteLength >= AUDIT_UPLOAD_BYTES ? { problem: `文件过大（最大 ${AUDIT_UPLOAD_BYTES / 1024 / 1024} MB）` } : file;
  const text = typeof body.text === 'string' ? body.text : '';
  if (text.trim() === '') return { problem: '请粘贴年度报告的文字，或选择要上传的文件' };
  if (text.length > MAX_PASTED_CHARS) return { problem: `粘贴的文字过长（最多 ${MAX_PASTED_CHARS} 字）` };
  return { bytes: Buffer.from(text, 'utf8'), name: 'pasted.txt' };
}

export function batchInput(request: FastifyRequest): Uint8Array | { problem: string } {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const file = fileOf(body.file);
  if (!file) return { problem: '请选择 ZIP 文件' };
  if (file.bytes.byteLength >= BATCH_UPLOAD_BYTES) return { problem: `文件过大（最大 ${BATCH_UPLOAD_BYTES / 1024 / 1024} MB，解压后最多 ${BATCH_LIMITS.totalBytes / 1024 / 1024} MB）` };
  return file.bytes;
}
