/**
 * T2-FEE-UNIT (heuristic warning): a 2021 table 二 行政事业性收费 本年收费金额 too large for 万元 at
 * the agency's level, the mark of a figure in 元 typed into the 万元 column (251000 for 25.1万元).
 * A figure in 元 is 10,000 times the 万元 one, so the bar can sit an order of magnitude above what
 * the largest real reports of each level collect and still catch all but the smallest fees:
 * - a township or street office (name ending in 乡/镇/街道, or 乡/镇人民政府, 街道办事处): ≥ 1,000
 *   万元 (ten million 元): since the fee reforms a township has almost no fee items of its own;
 * - a county-level body (县/区/旗 in its name): ≥ 100,000 万元 (one billion 元); the real 2023
 *   洪泽区人民政府 report (all its departments together) states 7,730.28 万元;
 * - any other (city, province, unknown level): ≥ 1,000,000 万元 (ten billion 元); the real 2024
 *   淮安市人民政府 report states 96,171.6 万元.
 * The 2019 format's 行政事业性收费 row counts items, not money, and is not checked.
 * Source: table 二 header “本年收费金额（单位：万元）” (国办公开办函〔2021〕30号). */
import type { AnnualReport, Finding } from '../model.ts';
import { formatNumber, isFilled } from './cells.ts';

const TOWNSHIP = /(?:乡|镇|街道)(?:人民政府|政府|办事处)?$|(?:乡|镇)人民政府|街道办事处/;
const COUNTY = /[县区旗]/;
/** Region words that contain 区 but are not county level. */
const NOT_COUNTY = /自治区|特别行政区|地区/g;

type Level = 'township' | 'county' | 'other';

const BAR: Record<Level, { wanYuan: number; label: string }> = {
  township: { wanYuan: 1_000, label: '乡镇（街道）' },
  county: { wanYuan: 100_000, label: '县级机关' },
  other: { wanYuan: 1_000_000, label: '一个机关' },
};

export function agencyLevel(agency: string | null): Level {
  if (agency === null) return 'other';
  const name = agency.replace(/\s+/g, '');
  if (TOWNSHIP.test(name)) return 'township';
  return COUNTY.test(name.replace(NOT_COUNTY, '')) ? 'county' : 'other';
}

export function checkT2FeeUnit(report: AnnualReport): Finding[] {
  if (report.format !== '2021') return [];
  const amount = report.active.fees.amount;
  if (!isFilled(amount)) return [];
  const bar = BAR[agencyLevel(report.agency)];
  if (amount < bar.wanYuan) return [];
  return [{
    rule: 'T2-FEE-UNIT',
    severity: 'warning',
    at: 'active.fees.amount',
    message: `行政事业性收费本年收费金额为${formatNumber(amount)}万元（${formatNumber(amount * 10_000)}元），对${bar.label}而言过大，可能误填为以元为单位的金额；如按元填写，应为${formatNumber(amount / 10_000)}万元`,
  }];
}
