/** A letter as a Word document (docx), from the same LetterText as the printable HTML. */
import type * as DocxModule from 'docx';
import type { LetterText } from '../views/applications/letter-body.tsx';

const FONT = 'FangSong';
// docx is large: loaded on the first download, not at server start.
type Docx = typeof DocxModule;
type Align = Docx['AlignmentType'][keyof Docx['AlignmentType']];

function para({ Paragraph, TextRun, AlignmentType }: Docx, text: string, options: { align?: Align; bold?: boolean; size?: number; indent?: boolean } = {}) {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 160, line: 440 },
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, font: FONT, size: options.size ?? 32, bold: options.bold ?? false })],
  });
}

export async function letterDocx(text: LetterText): Promise<Buffer> {
  const docx = await import('docx');
  const { AlignmentType, Document, Packer } = docx;
  const p = (t: string, o?: Parameters<typeof para>[2]) => para(docx, t, o);
  const doc = new Document({
    creator: 'gongkai',
    title: text.title,
    sections: [{
      children: [
        p(text.title, { align: AlignmentType.CENTER, bold: true, size: 40 }),
        ...(text.number ? [p(`申请编号：${text.number}`, { align: AlignmentType.RIGHT })] : []),
        ...(text.salutation ? [p(text.salutation)] : []),
        ...text.paragraphs.map((line) => p(line, { indent: true })),
        ...(text.signature ? [p(text.signature, { align: AlignmentType.RIGHT }), p(text.dated ?? '', { align: AlignmentType.RIGHT })] : []),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
