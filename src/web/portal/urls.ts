/**
 * The portal's public URLs of proactive disclosure, in one place (they are links others keep:
 * change none). `code` is the organisation's code, `column` a 栏目 code, `id` an item id.
 *
 *   /o/:code/proactive                         the catalog (栏目 tree) of an organisation
 *   /o/:code/columns/:column?page=N            a column's published items, newest first
 *   /o/:code/columns/:column/rss.xml|atom.xml  the column's feeds
 *   /o/:code/items/:id                         an item (or the notice of its withdrawal)
 *   /o/:code/items/:id/files/:fileId           an attachment
 *   /search?q=&org=&column=&from=&to=&validity=&page=   search
 *   /sitemap.xml                               every published item and column
 */
export { itemUrl } from '../../domains/publishing/index.ts';

export const catalogUrl = (code: string) => `/o/${encodeURIComponent(code)}/proactive`;

export function columnUrl(code: string, column: string, page = 1): string {
  const base = `/o/${encodeURIComponent(code)}/columns/${encodeURIComponent(column)}`;
  return page > 1 ? `${base}?page=${page}` : base;
}

export const feedUrl = (code: string, column: string, format: 'rss' | 'atom') => `${columnUrl(code, column)}/${format}.xml`;

export const attachmentUrl = (code: string, itemId: string, fileId: string) => `/o/${encodeURIComponent(code)}/items/${encodeURIComponent(itemId)}/files/${encodeURIComponent(fileId)}`;

export function searchUrl(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) query.set(key, String(value));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}
