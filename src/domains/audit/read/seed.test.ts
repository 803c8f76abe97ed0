import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReportText } from './index.ts';
import { cellsOf } from './testing/expect.ts';

const repoCopy = fileURLToPath(new URL('../../../../test/fixtures/seed-2020-shuizhai.txt', import.meta.url));
const sharedSeed = fileURLToPath(new URL('../../../../../shared/seed/000_9c6604a308aff3e4.txt', import.meta.url));

function expectSeedReadPerfectly(text: string): void {
  const { report, findings, narrative } = readReportText(text);
  expect(report).not.toBeNull();
  expect(report!.format).toBe('2019');
  expect(report!.year).toBe(2020);
  expect(report!.agency).toBe('水寨镇人民政府');
  const cells = cellsOf(report!);
  // 8 table 二 rows (22 cells) + 23 table 三 rows × 7 + 15 table 四 cells, all printed as 0.
  expect(Object.keys(cells)).toHaveLength(22 + 23 * 7 + 15);
  for (const [path, value] of Object.entries(cells)) expect({ path, value }).toEqual({ path, value: 0 });
  // The only finding: table 四 printed 16 numbers for its 15 columns.
  expect(findings).toEqual([{ rule: 'READ-ROW-CELLS', severity: 'warning', at: 'appeals', message: expect.stringContaining('16') }]);
  expect(narrative).toContain('2020年我镇主动公开信息427条');
  expect(narrative).toContain('暂无其他需要说明的事项。');
  expect(narrative).not.toContain('行政事业性收费');
}

describe('the 2020 水寨镇 seed report', () => {
  it('reads perfectly from the repository copy', () => {
    expectSeedReadPerfectly(readFileSync(repoCopy, 'utf8'));
  });

  it.runIf(existsSync(sharedSeed))('reads perfectly from ../shared/seed', () => {
    expectSeedReadPerfectly(readFileSync(sharedSeed, 'utf8'));
  });

  it('the repository copy is byte-identical to the shared seed', () => {
    if (!existsSync(sharedSeed)) return;
    expect(readFileSync(repoCopy)).toEqual(readFileSync(sharedSeed));
  });

  it('reads the same with CRLF line ends and a BOM', () => {
    expectSeedReadPerfectly(`\uFEFF${readFileSync(repoCopy, 'utf8').replace(/\n/g, '\r\n')}`);
  });
});
