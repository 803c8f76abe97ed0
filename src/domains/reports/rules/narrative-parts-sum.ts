/**
 * N-PARTS-SUM (warning): a narrative total that contradicts its own parts, as in
 * “共接受群众咨询332人次，其中现场咨询数72次，网上咨询8次，电话咨询数15次” (72 + 8 + 15 ≠ 332).
 * Source: internal consistency of the report (条例第五十条 asks for accurate reports; 〔2021〕30号
 * “(四)明确责任” names inaccurate content).
 *
 * Conservative by construction, since “其中” often lists only highlights:
 * - the total clause ends in “N + unit” (with or without 共/共计/合计/总计), the next clause starts with 其中,
 *   and at least two consecutive clauses each hold exactly one “label + N + unit”;
 * - units are of one family (次/人次, 件, 条, 个, 项, 人);
 * - every part label shares one two-character word with the total's label (咨询 above), which
 *   marks the parts as a breakdown of the same thing rather than a selection of examples.
 * Dates, years, article numbers (第二十条) and percentages never form such clauses.
 */
import type { Finding } from '../model.ts';
import { narrativeAnchor } from './narrative-text.ts';

const UNIT_FAMILY: Record<string, string> = { 次: '次', 人次: '次', 件: '件', 条: '条', 个: '个', 项: '项', 人: '人' };
const COUNT_CLAUSE = /^([^\d]*?)(\d+)(人次|次|件|条|个|项|人)$/;
const TOTAL_WORD = /共计|合计|总计|共/;

interface Clause { text: string; label: string; value: number; unit: string }

export function checkNarrativePartsSum(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of text.matchAll(/[^。！？；\n]+/g)) {
    // “其中，A…” reads as “其中A…”.
    const raw = sentence[0].split(/[，,、]/).reduce<string[]>((clauses, clause) => {
      const previous = clauses[clauses.length - 1];
      if (previous?.trim() === '其中') clauses[clauses.length - 1] = `其中${clause}`;
      else clauses.push(clause);
      return clauses;
    }, []);
    for (let i = 0; i < raw.length - 2; i++) {
      const total = countClause(raw[i]!);
      if (!total || !raw[i + 1]!.trim().startsWith('其中')) continue;
      const parts: Clause[] = [];
      for (let j = i + 1; j < raw.length; j++) {
        const clause = countClause(raw[j]!.trim().replace(/^其中/, ''));
        if (!clause || UNIT_FAMILY[clause.unit] !== UNIT_FAMILY[total.unit]) break;
        parts.push(clause);
      }
      if (parts.length < 2 || !sharesWord(total.label.replace(TOTAL_WORD, ''), parts)) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      if (sum === total.value) continue;
      findings.push({
        rule: 'N-PARTS-SUM',
        severity: 'warning',
        at: narrativeAnchor(text, sentence.index),
        message: `正文“${total.text}，其中${parts.map((p) => p.text).join('，')}”：分项之和${parts.map((p) => p.value).join(' + ')} = ${sum}，不等于总数${total.value}`,
      });
    }
  }
  return findings;
}

function countClause(raw: string): Clause | undefined {
  const text = raw.trim();
  const m = COUNT_CLAUSE.exec(text);
  if (!m || m[1]!.length > 20) return undefined;
  return { text, label: m[1]!, value: Number(m[2]), unit: m[3]! };
}

/** Whether one two-character word of the total's label occurs in every part label. */
function sharesWord(totalLabel: string, parts: readonly Clause[]): boolean {
  for (let i = 0; i + 2 <= totalLabel.length; i++) {
    const word = totalLabel.slice(i, i + 2);
    if (parts.every((p) => p.label.includes(word))) return true;
  }
  return false;
}
