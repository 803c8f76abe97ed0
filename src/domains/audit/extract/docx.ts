/**
 * DOCX → HTML through mammoth (merged cells come out as rowspan/colspan), then the HTML path.
 * Images are dropped: the report's numbers are in text, and inlined images cost time and memory.
 */
import type * as MammothModule from 'mammoth';
import { htmlToText } from './html.ts';

type Mammoth = typeof MammothModule;
let mammothModule: Promise<Mammoth> | undefined;

async function loadMammoth(): Promise<Mammoth> {
  mammothModule ??= import('mammoth').then((m) => ((m as unknown as { default?: Mammoth }).default ?? m));
  return mammothModule;
}

/** Text of a DOCX file; throws if mammoth cannot read the package. */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const mammoth = await loadMammoth();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const result = await mammoth.convertToHtml(
    { buffer },
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return htmlToText(result.value);
}
