/**
 * Test support: PDF fixtures made with pdfkit (a devDependency; imported by tests and benches only).
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** Debian's fonts-noto-cjk; CI installs it. PDF generation needs a CJK font. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** Whether the CJK font is installed (tests that make PDFs skip loudly without it, except in CI). */
export function hasCjkFont(): boolean {
  return existsSync(CJK_FONT);
}

/** CI (`CI=true`, as .ci/run sets it) installs the font: there a missing font fails, it never skips. */
export function isCi(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/** Whether the tests that make PDFs run: with the font, and always in CI (where they fail without it). */
export function pdfTestsRun(): boolean {
  return hasCjkFont() || isCi();
}

/**
 * A PDF with `lines` laid out as a table: the first cell as a label wrapped in a 150 pt column
 * (long labels run over several lines, as in real PDFs), the other cells in 24 pt columns.
 */
export function pdfBytes(lines: readonly (readonly string[])[], options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(CJK_FONT, 'NotoSansCJKsc-Regular').fontSize(8);
  let y = 40;
  for (const cells of lines) {
    const label = cells[0] ?? '';
    const wide = cells.length === 1;
    const height = label ? doc.heightOfString(label, { width: wide ? 500 : 150 }) : 10;
    if (y + height > 800) {
      doc.addPage();
      y = 40;
    }
    if (label) doc.text(label, 40, y, { width: wide ? 500 : 150 });
    cells.slice(1).forEach((text, i) => {
      if (text) doc.text(text, 200 + i * 24, y, { lineBreak: false });
    });
    y += Math.max(12, height) + 4;
  }
  doc.end();
  return done;
}
