import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page to a full HTML document. preact-render-to-string escapes every text and attribute. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
