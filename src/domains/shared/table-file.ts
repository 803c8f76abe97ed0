/**
 * A ledger file (台账) as rows of text cells keyed by header, each with the line a person finds it
 * on: CSV (UTF-8, or GB18030 as Excel in Chinese saves it), XLSX (the first worksheet, via
 * exceljs), or JSON Lines (one object per line). Line 1 is the header (CSV, XLSX) or the first
 * object (JSON Lines).
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type TableFormat = 'csv' | 'xlsx' | 'jsonl';

export interface TableRow {
  /** Where the row starts in the file, counted from 1 as an editor or Excel shows it. */
  line: number;
  cells: Record<string, string>;
}

export interface TableFile {
  format: TableFormat;
  headers: string[];
  rows: TableRow[];
}

/** A file that cannot be read as a table at all. */
export class UnreadableTable extends Error {
  constructor(
    message: string,
    readonly line = 0,
  ) {
    super(message);
    this.name = 'UnreadableTable';
  }
}

export function tableFormatOf(fileName: string, bytes: Uint8Array): TableFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const head = Buffer.from(bytes.subarray(0, 64)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('{') ? 'jsonl' : 'csv';
}

export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  const format = tableFormatOf(fileName, bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  const text = decode(bytes);
  return format === 'jsonl' ? readJsonLines(text) : readCsv(text);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Excel's "CSV" in a Chinese locale is GBK; GB18030 is its superset.
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) throw new UnreadableTable('引号未闭合：文件末尾仍在引号内', recordLine);
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

function toTable(format: TableFormat, headerRow: string[], body: { line: number; fields: string[] }[]): TableFile {
  const headers = headerRow.map((h) => h.trim());
  const rows = body.map(({ line, fields }) => {
    if (fields.length > headers.length && fields.slice(headers.length).some((f) => f.trim() !== '')) {
      throw new UnreadableTable(`本行有${fields.length}列，表头只有${headers.length}列`, line);
    }
    const cells: Record<string, string> = {};
    headers.forEach((header, index) => {
      if (header) cells[header] = (fields[index] ?? '').trim();
    });
    return { line, cells };
  });
  return { format, headers: headers.filter(Boolean), rows };
}

function readCsv(text: string): TableFile {
  const records = parseCsv(text);
  if (records.length === 0) throw new UnreadableTable('文件是空的：没有表头');
  return toTable('csv', records[0]!.fields, records.slice(1));
}

function readJsonLines(text: string): TableFile {
  const headers: string[] = [];
  const rows: TableRow[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new UnreadableTable('不是有效的 JSON', line);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UnreadableTable('每行须是一个 JSON 对象', line);
    const cells: Record<string, string> = {};
    for (const [key, cell] of Object.entries(value as Record<string, unknown>)) {
      const header = key.trim();
      if (!headers.includes(header)) headers.push(header);
      cells[header] = cell === null || cell === undefined ? '' : typeof cell === 'boolean' ? (cell ? '是' : '否') : String(cell).trim();
    }
    rows.push({ line, cells });
  });
  return { format: 'jsonl', headers, rows };
}

/** A cell's value as text: dates as YYYY-MM-DD (exceljs gives them as UTC midnight), formulas by their result. */
function xlsxText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return xlsxText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableTable('无法读取 XLSX 文件（文件损坏，或不是 Excel 2007 及以后的 .xlsx 格式）');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableTable('XLSX 文件中没有工作表');
  const records: { line: number; fields: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const fields: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) fields.push(xlsxText(row.getCell(column).value));
    if (fields.some((f) => f.trim() !== '')) records.push({ line: rowNumber, fields });
  });
  if (records.length === 0) throw new UnreadableTable('工作表是空的：没有表头');
  return toTable('xlsx', records[0]!.fields, records.slice(1));
}
