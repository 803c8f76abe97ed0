/** Turning collected cells into numbers, with findings for units and unreadable cells. */
import type { Cell, Finding } from '../../reports/model.ts';
import { finding } from './findings.ts';
import { parseValue, roundMoney } from './normalize.ts';
import type { RawCell } from './rows.ts';

export interface CellContext {
  /** Cell path for findings. */
  at: string;
  /** Human name of the cell for messages (`政府集中采购·采购总金额`). */
  name: string;
  /** Money column (万元). */
  money: boolean;
  /** The column header states 元, so unit-less numbers are 元 too. */
  yuanHeader: boolean;
}

const LEADING_ZERO = /^[-−]?0\d/;

export function readCell(raw: RawCell | undefined, ctx: CellContext, findings: Finding[]): Cell {
  if (!raw || raw.kind === 'empty') return null;
  const parsed = raw.kind === 'value' ? parseValue(raw.raw) : null;
  if (!parsed) {
    findings.push(finding('cellUnreadable', ctx.at, `${ctx.name}单元格“${raw.raw}”无法识别为数字，单元格留空（未能读取，不按0参与核对）`));
    return null;
  }
  if (parsed.kind === 'blank') return null;
  // Nobody writes a number with a leading zero (0 itself aside): `00` or `01` is most likely two
  // cells whose separator was lost. The value is kept, but said to be doubtful.
  if (LEADING_ZERO.test(parsed.raw)) {
    findings.push(finding('cellLeadingZero', ctx.at, `${ctx.name}单元格“${raw.raw}”以0开头（数值不以0开头书写），可能是相邻两个单元格的分隔符丢失、数字连在一起，已按${parsed.value}读取，请核对原文`));
  }
  if (ctx.money && (parsed.unit === 'yuan' || (parsed.unit === null && ctx.yuanHeader))) {
    const value = roundMoney(parsed.value / 10000);
    findings.push(finding('unitYuan', ctx.at, `${ctx.name}填写为“${parsed.raw}”（单位：元），已换算为${value}万元`));
    return value;
  }
  if (!ctx.money && parsed.unit === 'yuan') {
    findings.push(finding('cellUnreadable', ctx.at, `${ctx.name}单元格“${parsed.raw}”是金额，不是件数，单元格留空（未能读取，不按0参与核对）`));
    return null;
  }
  return parsed.value;
}
