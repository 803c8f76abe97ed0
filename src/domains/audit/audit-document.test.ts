import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../reports/model.ts';
import { auditDocument, sortFindings } from './audit-document.ts';

const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'seed-2020-shuizhai.txt'));

describe('auditDocument', () => {
  it('reads and checks the seed: no error, the table 四 and narrative warnings', async () => {
    const result = await auditDocument(seed, 'seed.txt');
    expect(result.source).toEqual({ kind: 'text', encoding: 'UTF-8' });
    expect(result.report).toMatchObject({ format: '2019', year: 2020, agency: '水寨镇人民政府' });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'warning' && /16/.test(f.message) && /15/.test(f.message))).toHaveLength(1);
    expect(result.findings.filter((f) => f.severity === 'warning' && /332/.test(f.message))).toHaveLength(1);
  });

  it('gives no report and the extraction finding for an unreadable file', async () => {
    const result = await auditDocument(new Uint8Array(0), 'empty.txt');
    expect(result).toEqual({
      report: null,
      findings: [expect.objectContaining({ rule: 'READ-UNREADABLE' })],
      unread: [],
      source: { kind: 'empty', encoding: null },
      verdict: '无法识别',
    });
  });
});

describe('sortFindings', () => {
  const f = (rule: string, severity: Finding['severity'], at: string | null = null): Finding => ({ rule, severity, at, message: rule });
  it('orders errors, warnings, notes; then by rule; keeps the order found within a rule', () => {
    const sorted = sortFindings([f('B', 'info'), f('Z', 'warning'), f('T3', 'error', 'x'), f('A', 'warning'), f('T3', 'error', 'a')]);
    expect(sorted.map((x) => `${x.severity}:${x.rule}:${x.at}`)).toEqual([
      'error:T3:x', 'error:T3:a', 'warning:A:null', 'warning:Z:null', 'info:B:null',
    ]);
  });
});
