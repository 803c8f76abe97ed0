/**
 * PDF → text through pdf.js (legacy build for Node, no worker thread, no font loading): the text
 * items of each page are grouped into lines by their baseline, ordered left to right, and separated
 * by a space where the gap between two items is wider than a fraction of the font size (items that
 * touch are one word: pdf.js often splits a number or a label into several items).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;
let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * The built-ins that pdf.js's legacy build replaces with core-js polyfills for the whole process
 * (on V8 of Node 20 it "fixes" Array.prototype.push and JSON.parse). The polyfills are correct but
 * several times slower, which slows everything else in the process (the reader, the web server).
 * pdf.js runs as well on the native ones: they are put back after pdf.js and its worker code load.
 */
const NATIVE = { push: Array.prototype.push, parse: JSON.parse };

/** Put back the native built-ins pdf.js's polyfills replaced (see NATIVE). */
export function restoreNativeBuiltins(): void {
  if (Array.prototype.push !== NATIVE.push) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE.push, writable: true, configurable: true, enumerable: false });
  }
  if (JSON.parse !== NATIVE.parse) {
    Object.defineProperty(JSON, 'parse', { value: NATIVE.parse, writable: true, configurable: true, enumerable: false });
  }
}

function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    restoreNativeBuiltins();
    return module;
  });
  return pdfjsModule;
}

/** Where pdf.js keeps its CMaps and standard font data (read by pdf.js itself, when a PDF needs them). */
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** Pages read at most; the annual report is a few pages, anything far longer is not one. */
export const MAX_PDF_PAGES = 200;

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Why a PDF could not be read, for the finding. */
export class PdfReadError extends Error {
  constructor(readonly reason: 'password' | 'invalid', message: string) {
    super(message);
  }
}

/** Group positioned text items into lines (exported for tests). */
export function itemsToLines(items: readonly Item[]): string[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Item[][] = [];
  let current: Item[] = [];
  let lineY = Number.NaN;
  let lineSize = 0;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(item.y - lineY) > Math.max(lineSize, item.size) * 0.4) {
      lines.push(current);
      current = [];
    }
    if (current.length === 0) {
      lineY = item.y;
      lineSize = item.size;
    }
    current.push(item);
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      const str = item.str.replace(/\s+/g, ' ').trim();
      if (text && item.x - end > item.size * 0.2) text += ' ';
      text += str;
      end = Math.max(end, item.x + item.width);
    }
    return text;
  });
}

/** Text of a PDF file: lines of every page, pages separated by an empty line. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({
    data,
    ...pdfjsAssets(),
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise.finally(restoreNativeBuiltins).catch((error: unknown) => {
      const name = error instanceof Error ? error.name : '';
      if (name === 'PasswordException') throw new PdfReadError('password', 'PDF 设有打开密码');
      throw new PdfReadError('invalid', error instanceof Error ? error.message : String(error));
    });
    const pages: string[] = [];
    const count = Math.min(pdf.numPages, MAX_PDF_PAGES);
    for (let p = 1; p <= count; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const t = raw.transform as number[];
        items.push({
          str: raw.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: raw.width,
          size: Math.hypot(t[2] ?? 0, t[3] ?? 0) || raw.height || 10,
        });
      }
      pages.push(itemsToLines(items).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}
