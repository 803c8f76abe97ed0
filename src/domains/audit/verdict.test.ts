/**
 * The audit's verdict (item 8 of issue 10): 通过 only when every table of the report's format was
 * read and checked; otherwise 未能核对 with the reason (AUDIT-UNCHECKED, an error, so exit 1), and a
 * file cut off inside a table is incomplete, not a table of blank totals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from './audit-document.ts';

const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'seed-2020-shuizhai.txt'), 'utf8');
const audit = (text: string) => auditDocument(Buffer.from(text, 'utf8'), 'x.txt');
const arithmetic = (rule: string) => /^T[34]-/.test(rule);

describe('verdict', () => {
  it('通过 for the seed: every table read and checked', async () => {
    const result = await audit(seed);
    expect(result.verdict).toBe('通过');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('未能核对 when a table is missing, with the table named', async () => {
    const start = seed.indexOf('四、政府信息公开行政复议');
    const end = seed.indexOf('五、存在的主要问题');
    const result = await audit(seed.slice(0, start) + seed.slice(end));
    expect(result.verdict).toBe('未能核对');
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'AUDIT-UNCHECKED', severity: 'error', at: 'appeals', message: expect.stringContaining('表四') }));
  });

  it('未能核对 when cells of a table could not be read, with the reason', async () => {
    const result = await audit(seed.replace(/\t\t2\.重复申请[^\n]*\n/, ''));
    expect(result.verdict).toBe('未能核对');
    const unchecked = result.findings.filter((f) => f.rule === 'AUDIT-UNCHECKED');
    expect(unchecked).toEqual([expect.objectContaining({ at: 'applications', message: expect.stringContaining('READ-ROW-MISSING') })]);
  });

  it('有错误 wins: a real arithmetic error is reported as such, with the unchecked table beside it', async () => {
    const text = seed.replace(/\t\t2\.重复申请[^\n]*\n/, '').replace('8.属于行政查询事项\t\t0\t0', '8.属于行政查询事项\t\t1\t0');
    const result = await audit(text);
    expect(result.findings.map((f) => f.rule)).toContain('AUDIT-UNCHECKED');
    expect(result.findings.map((f) => f.rule)).toContain('T3-ROW-TOTAL');
    expect(result.verdict).toBe('有错误');
  });
});

describe('a file cut off inside a table', () => {
  const cut = (marker: string, keep: number) => {
    const at = seed.indexOf(marker);
    return seed.slice(0, at + keep);
  };

  it('mid-row in table 三: incomplete, unread, no blank-total warning and no arithmetic error', async () => {
    // `（七）总计\t\t0\t0\t0` — the file ends after three of the seven cells.
    const text = cut('(七) 总计', '(七) 总计\t\t0\t0\t0'.length);
    const result = await audit(text);
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'READ-TABLE-INCOMPLETE', at: 'applications' }));
    expect(result.findings.filter((f) => arithmetic(f.rule))).toEqual([]);
    expect(result.unread).toContain('applications.total.total');
    expect(result.unread).toContain('applications.carriedForward.natural');
    expect(result.verdict).toBe('未能核对');
  });

  it('mid-row in table 四: incomplete, unread', async () => {
    const text = `${cut('四、政府信息公开行政复议', 0)}四、政府信息公开行政复议、行政诉讼情况\n\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\t0\t0`;
    const result = await audit(text);
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: 'READ-TABLE-INCOMPLETE', at: 'appeals' }));
    expect(result.report!.appeals.review.total).toBeNull();
    expect(result.findings.filter((f) => arithmetic(f.rule))).toEqual([]);
    expect(result.verdict).toBe('未能核对');
  });
});
