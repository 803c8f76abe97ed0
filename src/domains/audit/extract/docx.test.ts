import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.ts';

const cell = (text: string, options: { rowSpan?: number; columnSpan?: number } = {}): TableCell =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph(line)), ...options });

async function docxBytes(): Promise<Buffer> {
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph('水寨镇人民政府2020年政府信息公开工作年度报告'),
        new Paragraph('三、收到和处理政府信息公开申请情况'),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ children: [cell('一、本年新收政府信息公开申请数量', { columnSpan: 3 }), cell('1'), cell('1')] }),
            new TableRow({ children: [cell('三、本年度办理结果', { rowSpan: 3 }), cell('（一）予以公开', { columnSpan: 2 }), cell('0'), cell('0')] }),
            new TableRow({ children: [cell('（三）不予公开', { rowSpan: 2 }), cell('1.属于国家秘密'), cell(''), cell('0')] }),
            new TableRow({ children: [cell('2.其他法律法规\n禁止公开'), cell('0'), cell('0')] }),
          ],
        }),
        new Paragraph('五、存在的主要问题及改进情况'),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

describe('extracting DOCX', () => {
  it('reads paragraphs and merged-cell tables (a column-spanning cell once, an empty cell below a row-spanning one)', async () => {
    const result = await extractDocument(await docxBytes(), 'report.docx');
    expect(result.kind).toBe('docx');
    expect(result.findings).toEqual([]);
    expect(result.text.replace(/\t/g, '→').split('\n')).toEqual([
      '水寨镇人民政府2020年政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量→1→1',
      '三、本年度办理结果→（一）予以公开→0→0',
      '→（三）不予公开→1.属于国家秘密→→0',
      '→→2.其他法律法规禁止公开→0→0',
      '五、存在的主要问题及改进情况',
    ]);
  });

  it('is recognised by content whatever its name', async () => {
    expect((await extractDocument(await docxBytes(), 'report.txt')).kind).toBe('docx');
  });

  it('reports a corrupt or truncated DOCX as unreadable', async () => {
    const bytes = await docxBytes();
    const truncated = await extractDocument(bytes.subarray(0, Math.floor(bytes.length / 2)), 'x.docx');
    expect(truncated.findings).toMatchObject([{ rule: 'READ-UNREADABLE', severity: 'error' }]);
    expect(truncated.text).toBe('');
  });
});
