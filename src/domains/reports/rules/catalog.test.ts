import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from './catalog.ts';

describe('rule catalog', () => {
  it('matches the reports-domain table of docs/report-rules.md, id by id and severity by severity', () => {
    const doc = readFileSync(new URL('../../../../docs/report-rules.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Rules (reports domain)'), doc.indexOf('## Rules (reader'));
    const rows = [...section.matchAll(/^\| ([A-Z0-9-]+) \| ([a-z /]+) \|/gm)].map((m) => [m[1], m[2]!.split(' / ')]);
    expect(rows).toEqual(RULE_CATALOG.map((r) => [r.rule, [...r.severities]]));
  });

  it('has unique ids', () => {
    expect(new Set(RULE_CATALOG.map((r) => r.rule)).size).toBe(RULE_CATALOG.length);
  });
});
