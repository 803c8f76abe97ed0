/**
 * `Content-Disposition: attachment` with the file's name (RFC 6266): an ASCII fallback in
 * `filename` for old clients and the real (Chinese) name in `filename*` (RFC 5987, UTF-8).
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  // encodeURIComponent leaves !'()* which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
