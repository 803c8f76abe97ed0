import type { FastifyRequest } from 'fastify';

/** A urlencoded form body as plain strings: missing fields are '', repeated fields keep the first. */
export type FormBody = Record<string, string>;

export function formBody(request: FastifyRequest): FormBody {
  const raw = request.body;
  const out: FormBody = {};
  if (raw === null || typeof raw !== 'object') return out;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
  }
  return out;
}

export function field(body: FormBody, name: string): string {
  return body[name] ?? '';
}
