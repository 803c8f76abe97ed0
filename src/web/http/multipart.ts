import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';

declare module 'fastify' {
  interface FastifyRequest {
    /** Names of the file fields of this multipart request that went past their size limit. */
    truncatedUploads: string[] | undefined;
  }
}

/**
 * multipart/form-data for the few forms that upload a file (attachments, identity documents).
 * Registered on the root before the CSRF hook, so the form's fields — `_csrf` among them — are in
 * `request.body` when the token is checked (attachFieldsToBody 'keyValues'). By default no file is
 * accepted at all and fields are small; a route that takes a file raises its own limits through
 * `config.multipartOptions` (`uploadConfig(bytes)`, or its own options). A file arrives in the
 * body as `{ fileName, bytes }` (an UploadedFile). A route that sets `throwFileSizeLimit: false`
 * gets an over-long file cut off and named in `request.truncatedUploads`, so the form can say so
 * beside the field; otherwise the request fails with 413.
 */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

const DEFAULT_LIMITS = { files: 0, fileSize: 1, fields: 30, fieldSize: 64 * 1024, parts: 32, headerPairs: 100 };

export async function registerMultipart(app: FastifyInstance): Promise<void> {
  app.decorateRequest('truncatedUploads', undefined);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: DEFAULT_LIMITS,
    async onFile(this: FastifyRequest, part: MultipartFile) {
      const bytes = await part.toBuffer();
      if (part.file.truncated) this.truncatedUploads = [...(this.truncatedUploads ?? []), part.fieldname];
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

/** A file field of a multipart body (its bytes), with whether it was cut off at the limit. */
export function uploadedFile(request: FastifyRequest, name: string): { bytes: Buffer | undefined; truncated: boolean } {
  const body = request.body as Record<string, unknown> | undefined;
  const value = body?.[name];
  const bytes = isUploadedFile(value) ? value.bytes : Buffer.isBuffer(value) ? value : undefined;
  return { bytes, truncated: request.truncatedUploads?.includes(name) ?? false };
}
