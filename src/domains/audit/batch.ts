/**
 * A batch of published reports in one ZIP (a supervisor's collection of subordinates' files):
 * each file audited, and the table of findings as an XLSX workbook (one row per finding, a row
 * for each clean file). Bounded: entries, sizes and the total read are capped, so a ZIP bomb is
 * refused rather than unpacked.
 */
import JSZip from 'jszip';
import type { AuditResult } from './audit-document.ts';
import { auditDocument } from './audit-document.ts';

export const BATCH_LIMITS = { entries: 500, entryBytes: 20 * 1024 * 1024, totalBytes: 200 * 1024 * 1024 } as const;

export interface BatchEntry {
  name: string;
  result: AuditResult;
}

export class BatchRefused extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

/** Every file of the ZIP (directories and hidden files skipped), audited one at a time, in name order. */
export async function auditZip(bytes: Uint8Array): Promise<BatchEntry[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new BatchRefused('无法打开该 ZIP 文件');
  }
  const files = Object.values(zip.files).filter((f) => !f.dir && !f.name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX'));
  if (files.length === 0) throw new BatchRefused('ZIP 文件中没有可审核的文件');
  if (files.length > BATCH_LIMITS.entries) throw new BatchRefused(`ZIP 文件中的文件过多（${files.length} 个，最多 ${BATCH_LIMITS.entries} 个）`);
  files.sort((a, b) => a.name.localeCompare(b.name, 'zh', { numeric: true }));
  const entries: BatchEntry[] = [];
  let total = 0;
  for (const file of files) {
    // The declared size is checked before inflating; the real size after (a lying header).
    const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (declared > BATCH_LIMITS.entryBytes) throw new BatchRefused(`“${file.name}”过大（超过 ${BATCH_LIMITS.entryBytes / 1024 / 1024} MB）`);
    const content = await file.async('uint8array');
    total += content.byteLength;
    if (content.byteLength > BATCH_LIMITS.entryBytes || total > BATCH_LIMITS.totalBytes) throw new BatchRefused('ZIP 文件解压后过大');
    entries.push({ name: file.name, result: await auditDocument(content, file.name) });
  }
  return entries;
}

/** The findings table: 文件, 机关, 年度, 结论, 级别, 规则, 位置, 说明. */
export async function findingsWorkbook(entries: readonly BatchEntry[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('审核结果');
  sheet.columns = [
    { header: '文件', key: 'file', width: 36 }, { header: '机关', key: 'agency', width: 24 }, { header: '年度', key: 'year', width: 8 },
    { header: '结论', key: 'verdict', width: 10 }, { header: '级别', key: 'severity', width: 8 }, { header: '规则', key: 'rule', width: 18 },
    { header: '位置', key: 'at', width: 30 }, { header: '说明', key: 'message', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { name, result } of entries) {
    const base = { file: name, agency: result.report?.agency ?? '', year: result.report?.year ?? '', verdict: result.verdict };
    if (result.findings.length === 0) sheet.addRow({ ...base, severity: '', rule: '', at: '', message: '未发现问题' });
    for (const f of result.findings) sheet.addRow({ ...base, severity: SEVERITY_LABELS[f.severity], rule: f.rule, at: f.at ?? '', message: f.message });
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
