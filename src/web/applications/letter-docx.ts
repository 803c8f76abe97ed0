/** A letter as a Word document (docx), from the same LetterText as the printable HTML. */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { LetterText } from '../views/applications/letter-body.tsx';

const FONT = 'FangSong';

function para(text: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; bold?: boolean; size?: number; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: 160, line: 440 },
    ...(options.indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, font: FONT, size: options.size ?? 32, bold: options.bold ?? false })],
  });
}

export async function letterDocx(text: LetterText): Promise<Buffer> {
  const doc = new Document({
    creator: 'gongkai',
    title: text.title,
    sections: [{
      children: [
        para(text.title, { align: AlignmentType.CENTER, bold: true, size: 40 }),
        ...(text.number ? [para(`申请编号：${text.number}`, { align: AlignmentType.RIGHT })] : []),
        ...(text.salutation ? [para(text.salutation)] : []),
        ...text.paragraphs.map((p) => para(p, { indent: true })),
        ...(text.signature ? [para(text.signature, { align: AlignmentType.RIGHT }), para(text.dated ?? '', { align: AlignmentType.RIGHT })] : []),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
