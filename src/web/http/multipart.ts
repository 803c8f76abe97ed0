import multipart from '@fastify/multipart';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Names of the file fields of this multipart request that went past their size limit. */
    truncatedUploads: string[] | undefined;
  }
}

/**
 * Multipart forms (file uploads), parsed into the body before the CSRF check (so `_csrf` is read
 * from the form, as for urlencoded ones): text fields become strings, files Buffers. A file past
 * its limit is cut off and named in `request.truncatedUploads`, so the form can say so beside the
 * field instead of failing the whole request. Routes set their own limits with
 * `config.multipartOptions` (the default file size is the app's body limit).
 */
export async function registerMultipart(app: FastifyInstance): Promise<void> {
  app.decorateRequest('truncatedUploads', undefined);
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { files: 1, fields: 50 },
    async onFile(this: FastifyRequest, part: MultipartFile) {
      await part.toBuffer();
      if (part.file.truncated) this.truncatedUploads = [...(this.truncatedUploads ?? []), part.fieldname];
    },
  });
}

/** A file field of a multipart body, with whether it was cut off at the limit. */
export function uploadedFile(request: FastifyRequest, name: string): { bytes: Buffer | undefined; truncated: boolean } {
  const body = request.body as Record<string, unknown> | undefined;
  const value = body?.[name];
  return { bytes: Buffer.isBuffer(value) ? value : undefined, truncated: request.truncatedUploads?.includes(name) ?? false };
}
