/**
 * SUM-UNCHECKED: the sum rules (T3-ROW-TOTAL, T3-OUTCOME-TOTAL, T3-BALANCE, T4-TOTAL) that could not
 * be checked because a cell they need was not read (see `CheckOptions.unknownCells`). One warning per
 * table, naming the rules and the rows, columns or groups left unchecked: an unread cell is not a
 * blank (annual-report-json.md "Blank cells" is about cells blank in the source), so counting it as
 * 0 would raise errors against a report that may well be consistent.
 */
import type { Finding } from '../model.ts';
import type { UncheckedSum } from './cells.ts';

const RULE_NAMES: Record<UncheckedSum['rule'], string> = {
  'T3-ROW-TOTAL': '总计等于六类申请人之和',
  'T3-OUTCOME-TOTAL': '（七）总计等于各项办理结果之和',
  'T3-BALANCE': '第一项加第二项等于第三项加第四项',
  'T4-TOTAL': '总计等于四项结果之和',
};

export function uncheckedSums(unchecked: readonly UncheckedSum[]): Finding[] {
  const findings: Finding[] = [];
  for (const [table, title] of [['applications', '表三'], ['appeals', '表四']] as const) {
    const mine = unchecked.filter((u) => u.at.startsWith(`${table}.`));
    if (mine.length === 0) continue;
    const parts: string[] = [];
    for (const rule of Object.keys(RULE_NAMES) as UncheckedSum['rule'][]) {
      const names = mine.filter((u) => u.rule === rule).map((u) => u.name);
      if (names.length > 0) parts.push(`“${RULE_NAMES[rule]}”（${rule}：${names.join('、')}）`);
    }
    findings.push({
      rule: 'SUM-UNCHECKED',
      severity: 'warning',
      at: table,
      message: `${title}有单元格未能读取（见读取提示），这些单元格不是空白，不能按0计算，因此以下核对无法进行：${parts.join('；')}`,
    });
  }
  return findings;
}
