/**
 * 办理结果 as a ledger writes it → the outcome it stands for. A ledger row carries the row label of
 * table 三 as the national format prints it (2019 or 2021 format), with or without its number
 * prefix (（一）, 1., 三、), or a short form (予以公开, 国家秘密 …), or our own outcome label. Each
 * label stands for the outcome that the row counts; rows that several outcomes share (（一）予以公开
 * = 予以公开 or 已主动公开) take the plain one, which counts in the same cell.
 */
import { APPLICATION_ROWS, REPORT_FORMATS } from '../../../reports/index.ts';
import type { Outcome } from '../../outcomes/index.ts';
import { OUTCOME_DEFINITIONS, OUTCOMES, reportRowFor } from '../../outcomes/index.ts';

/** The outcome each outcome row of table 三 stands for (both formats' keys). */
export const ROW_OUTCOMES: Record<string, Outcome> = {
  granted: 'disclosed',
  partial: 'partiallyDisclosed',
  'withheld.stateSecret': 'withheldStateSecret',
  'withheld.lawProhibited': 'withheldLawProhibited',
  'withheld.threeSecurityOneStability': 'withheldSecurityStability',
  'withheld.thirdPartyRights': 'withheldThirdPartyRights',
  'withheld.internalAffairs': 'withheldInternalAffairs',
  'withheld.processInfo': 'withheldProcessInfo',
  'withheld.enforcementFile': 'withheldEnforcementFile',
  'withheld.administrativeQuery': 'specialLawAccess',
  'unavailable.notHeld': 'notHeld',
  'unavailable.needsCreation': 'needsCreation',
  'unavailable.stillUnclear': 'stillUnclearAfterCorrection',
  'notProcessed.petition': 'petition',
  'notProcessed.duplicate': 'duplicate',
  'notProcessed.publication': 'publication',
  'notProcessed.excessive': 'excessive',
  'notProcessed.confirmation': 'confirmation',
  other: 'other',
  'other.noCorrection': 'correctionLapsed',
  'other.feeUnpaid': 'feeUnpaid',
  'other.other': 'other',
};

/** Short forms seen in ledgers, beyond the printed labels. */
const SHORT_FORMS: Record<string, Outcome> = {
  公开: 'disclosed',
  已主动公开: 'proactivelyDisclosed',
  不予公开国家秘密: 'withheldStateSecret',
  国家秘密: 'withheldStateSecret',
  第三方合法权益: 'withheldThirdPartyRights',
  内部事务信息: 'withheldInternalAffairs',
  过程性信息: 'withheldProcessInfo',
  行政执法案卷: 'withheldEnforcementFile',
  行政查询事项: 'specialLawAccess',
  信息不存在: 'notHeld',
  不属于本机关负责公开: 'notThisAgency',
  信访举报投诉: 'petition',
  其他: 'other',
  其他处理: 'other',
  撤回: 'withdrawn',
  申请人撤回申请: 'withdrawn',
  逾期不补正: 'correctionLapsed',
  逾期未缴费: 'feeUnpaid',
};

/** Width, spacing and numbering do not matter: NFKC, no whitespace, no leading 序号 like （一） 1. 三、 nor group name. */
export function normalizeLabel(raw: string): string {
  let text = raw.normalize('NFKC').replace(/\s+/g, '');
  for (;;) {
    // A group written before its item (（五）不予处理 2.重复申请) goes too: the item says it all.
    const stripped = text.replace(/^(?:\([一二三四五六七八九十]+\)|\d+[.、]|[一二三四五六七八九十]+、|(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理)(?=\d+[.、]))/, '');
    if (stripped === text) return text;
    text = stripped;
  }
}

function buildIndex(): Map<string, Outcome> {
  const index = new Map<string, Outcome>();
  const add = (label: string, outcome: Outcome) => {
    const key = normalizeLabel(label);
    if (key && !index.has(key)) index.set(key, outcome);
  };
  for (const format of REPORT_FORMATS) {
    for (const row of APPLICATION_ROWS[format]) {
      const outcome = ROW_OUTCOMES[row.key];
      if (!outcome) continue;
      add(row.label, outcome);
      // （二）部分公开（区分处理的，只计这一情形，不计其他情形） is written 部分公开 too.
      add(row.label.replace(/（[^（）]*）$/, ''), outcome);
    }
  }
  for (const [label, outcome] of Object.entries(SHORT_FORMS)) add(label, outcome);
  for (const outcome of OUTCOMES) {
    add(OUTCOME_DEFINITIONS[outcome].label, outcome);
    add(OUTCOME_DEFINITIONS[outcome].label.replace(/^[^：]+：/, ''), outcome);
    add(outcome, outcome);
  }
  return index;
}

const INDEX = buildIndex();

/** The outcome a 办理结果 cell names, or undefined when it names none. */
export function outcomeFromLabel(raw: string): Outcome | undefined {
  return INDEX.get(normalizeLabel(raw));
}

/** Every row key maps to an outcome that counts in that row (kept true by a test). */
export function rowOutcomeMismatches(): string[] {
  return Object.entries(ROW_OUTCOMES)
    .filter(([key, outcome]) => !REPORT_FORMATS.some((format) => reportRowFor(outcome, format) === key))
    .map(([key]) => key);
}
