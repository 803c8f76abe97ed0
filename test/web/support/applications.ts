/** Helpers for the 依申请公开 HTTP tests: multipart posts with the client's cookies, a real PNG, ids from pages. */
import type { Client, Response } from './server.ts';
import { csrfTokenIn } from './server.ts';

/** A 1×1 PNG (a real image: the upload's type is sniffed from its bytes). */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export const APPLICATION_FORM = {
  applicantType: 'natural', applicantName: '李四', applicantIdNumber: '410329198812120011', applicantContact: 'lisi@example.cn',
  description: '本镇2025年低保名单及审批文件', deliveryForm: 'electronic', deliveryWay: 'email',
};

/** Posts a multipart form (fields and at most one file) as a browser does, keeping the client's cookies. */
export async function postMultipart(client: Client, path: string, fields: Record<string, string>, file?: { name: string; bytes: Buffer; filename?: string; type?: string }): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file) form.append(file.name, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.filename ?? 'upload.bin');
  const cookie = [...client.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  const response = await fetch(`${client.baseUrl}${path}`, { method: 'POST', redirect: 'manual', headers: cookie ? { cookie } : {}, body: form });
  return { status: response.status, headers: response.headers, text: await response.text(), location: response.headers.get('location') };
}

/** Fills the online form of an organisation and returns the confirmation page. */
export async function applyOnline(client: Client, code: string, fields: Record<string, string> = APPLICATION_FORM, file: Buffer | null = PNG_1X1): Promise<Response> {
  const page = await client.get(`/o/${code}/on-request/apply`);
  return postMultipart(client, `/o/${code}/on-request/apply`, { _csrf: csrfTokenIn(page.text), ...fields }, file ? { name: 'identityDocument', bytes: file, filename: 'id.png', type: 'image/png' } : undefined);
}

export function hiddenValue(html: string, name: string): string {
  const match = new RegExp(`name="${name.replace(/\./g, '\\.')}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`no hidden field ${name}`);
  return match[1]!;
}

export function textOf(html: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html);
  if (!match) throw new Error(`no element #${id}`);
  return match[1]!.trim();
}

/** Applies online and confirms: the receipt number and query code shown once. */
export async function applyAndConfirm(client: Client, code: string, fields: Record<string, string> = APPLICATION_FORM): Promise<{ number: string; queryCode: string; receipt: Response }> {
  const confirm = await applyOnline(client, code, fields);
  if (confirm.status !== 200) throw new Error(`apply failed: ${confirm.status}`);
  const receipt = await client.post(`/o/${code}/on-request/confirm`, {
    _csrf: csrfTokenIn(confirm.text), caseId: hiddenValue(confirm.text, 'caseId'), draftToken: hiddenValue(confirm.text, 'draftToken'),
  });
  return { number: textOf(receipt.text, 'receipt-number'), queryCode: textOf(receipt.text, 'query-code'), receipt };
}
