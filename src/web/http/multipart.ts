import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';

/**
 * multipart/form-data for the few forms that upload a file (attachments). Registered on the root
 * before the CSRF hook, so the form's fields — `_csrf` among them — are in `request.body` when
 * the token is checked (attachFieldsToBody 'keyValues'). By default no file is accepted at all and
 * fields are small; a route that takes a file raises its own limits with `uploadRoute(bytes)`.
 * A file arrives in the body as `{ fileName, bytes }` (an UploadedFile).
 */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

const DEFAULT_LIMITS = { files: 0, fileSize: 1, fields: 30, fieldSize: 64 * 1024, parts: 32, headerPairs: 100 };

export async function registerMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: DEFAULT_LIMITS,
    async onFile(part: MultipartFile) {
      const bytes = await part.toBuffer();
      (part as MultipartFile & { value: UploadedFile }).value = { fileName: part.filename, bytes };
    },
  });
}

/** Route config for a form with one file of at most `maxBytes` (merge into the route's `config`). */
export function uploadConfig(maxBytes: number) {
  return { multipartOptions: { limits: { files: 1, fileSize: maxBytes } } };
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as UploadedFile).bytes) && typeof (value as UploadedFile).fileName === 'string';
}
