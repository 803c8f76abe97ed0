import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READ_RULES } from './index.ts';

describe('docs/report-rules.md', () => {
  const doc = readFileSync(new URL('../../../../docs/report-rules.md', import.meta.url), 'utf8');

  it.each(Object.values(READ_RULES))('documents $rule with its severity', ({ rule, severity }) => {
    const row = doc.split('\n').find((line) => line.startsWith(`| ${rule} |`));
    expect(row).toBeDefined();
    expect(row!.split('|')[2]).toContain(severity);
  });
});
