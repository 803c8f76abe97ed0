/**
 * Every way an application can end (办理结果), as a closed list. Each outcome names its legal
 * basis in 《中华人民共和国政府信息公开条例》, maps to exactly one row of table 三 of the annual
 * report in each national format (domain reference §2.10), and says what the reply letter gives
 * the applicant. Remedy texts are in remedy.ts.
 */
import type { ReportFormat } from '../../reports/index.ts';
import { formatForYear } from '../../reports/index.ts';

export const OUTCOMES = [
  'proactivelyDisclosed', 'disclosed', 'partiallyDisclosed',
  'withheldStateSecret', 'withheldLawProhibited', 'withheldSecurityStability', 'withheldThirdPartyRights',
  'withheldInternalAffairs', 'withheldProcessInfo', 'withheldEnforcementFile', 'specialLawAccess',
  'notHeld', 'notThisAgency', 'needsCreation', 'stillUnclearAfterCorrection',
  'petition', 'duplicate', 'publication', 'excessive', 'confirmation',
  'correctionLapsed', 'feeUnpaid', 'withdrawn', 'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Whether the outcome is "申请政府信息公开，行政机关不予公开" in the sense of 行政复议法 (2023)
 * 第二十三条第一款第（四）项, which makes reconsideration compulsory before litigation:
 * `yes` for a refusal (不予公开, 第三十六条第（三）项 on 第十四至十六条 grounds), `part` for the
 * withheld part of a partial disclosure (第三十七条), `no` for every other outcome, where the
 * applicant has the ordinary choice between reconsideration and litigation.
 */
export type NonDisclosure = 'yes' | 'part' | 'no';

export interface OutcomeDefinition {
  /** Chinese label, as staff see it. */
  label: string;
  /** Legal basis, e.g. 第三十六条第（三）项、第十五条. */
  article: string;
  /** The table 三 row key (as in APPLICATION_ROWS) per report format. */
  reportRow: Record<ReportFormat, string>;
  /** The sentence of the reply letter stating the decision and its basis. */
  basisText: string;
  /** What the applicant gets. */
  applicantGets: string;
  nonDisclosure: NonDisclosure;
}

const T = '《中华人民共和国政府信息公开条例》';
const both = (row: string): Record<ReportFormat, string> => ({ '2019': row, '2021': row });
const other = (row2021: string): Record<ReportFormat, string> => ({ '2019': 'other', '2021': row2021 });
const withheld = (reason: string, article: string, why: string): Pick<OutcomeDefinition, 'article' | 'basisText' | 'applicantGets' | 'nonDisclosure'> => ({
  article: `第三十六条第（三）项、${article}`,
  basisText: `您申请公开的信息${why}，根据${T}${article}和第三十六条第（三）项的规定，不予公开。`,
  applicantGets: `不予公开决定及其理由（${reason}）。`,
  nonDisclosure: 'yes',
});

export const OUTCOME_DEFINITIONS: Record<Outcome, OutcomeDefinition> = {
  proactivelyDisclosed: {
    label: '已主动公开，告知获取方式和途径', article: '第三十六条第（一）项', reportRow: both('granted'),
    basisText: `您申请公开的信息已经主动公开，根据${T}第三十六条第（一）项的规定，告知您获取该政府信息的方式、途径。`,
    applicantGets: '已公开信息的获取方式和途径（网址、公报期号或查阅地点）。', nonDisclosure: 'no',
  },
  disclosed: {
    label: '予以公开', article: '第三十六条第（二）项', reportRow: both('granted'),
    basisText: `您申请公开的信息可以公开，根据${T}第三十六条第（二）项的规定，予以提供。`,
    applicantGets: '所申请的政府信息，或者获取该信息的方式、途径和时间。', nonDisclosure: 'no',
  },
  partiallyDisclosed: {
    label: '部分公开（区分处理）', article: '第三十七条', reportRow: both('partial'),
    basisText: `您申请公开的信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理，根据${T}第三十七条的规定，向您提供可以公开的部分，并对不予公开的部分说明理由。`,
    applicantGets: '可以公开的部分，以及其余部分不予公开的理由。', nonDisclosure: 'part',
  },
  withheldStateSecret: { label: '不予公开：属于国家秘密', reportRow: both('withheld.stateSecret'), ...withheld('属于国家秘密', '第十四条', '依法确定为国家秘密') },
  withheldLawProhibited: { label: '不予公开：法律、行政法规禁止公开', reportRow: both('withheld.lawProhibited'), ...withheld('法律、行政法规禁止公开', '第十四条', '属于法律、行政法规禁止公开的政府信息') },
  withheldSecurityStability: { label: '不予公开：危及“三安全一稳定”', reportRow: both('withheld.threeSecurityOneStability'), ...withheld('公开后可能危及国家安全、公共安全、经济安全、社会稳定', '第十四条', '公开后可能危及国家安全、公共安全、经济安全、社会稳定') },
  withheldThirdPartyRights: { label: '不予公开：保护第三方合法权益', reportRow: both('withheld.thirdPartyRights'), ...withheld('涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害', '第十五条', '涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害') },
  withheldInternalAffairs: { label: '不予公开：属于三类内部事务信息', reportRow: both('withheld.internalAffairs'), ...withheld('属于人事管理、后勤管理、内部工作流程等内部事务信息', '第十六条第一款', '属于人事管理、后勤管理、内部工作流程等方面的内部事务信息') },
  withheldProcessInfo: { label: '不予公开：属于四类过程性信息', reportRow: both('withheld.processInfo'), ...withheld('属于讨论记录、过程稿、磋商信函、请示报告等过程性信息', '第十六条第二款', '属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息') },
  withheldEnforcementFile: { label: '不予公开：属于行政执法案卷', reportRow: both('withheld.enforcementFile'), ...withheld('属于行政执法案卷信息', '第十六条第二款', '属于行政执法案卷信息') },
  specialLawAccess: {
    label: '不予公开：属于行政查询事项（依特别规定查询）', article: '第三十六条第（七）项', reportRow: both('withheld.administrativeQuery'),
    basisText: `您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定，根据${T}第三十六条第（七）项的规定，请依照有关法律、行政法规的规定办理。`,
    applicantGets: '应当依照的特别规定及办理渠道的告知。', nonDisclosure: 'no',
  },
  notHeld: {
    label: '无法提供：本机关不掌握相关政府信息（经检索没有）', article: '第三十六条第（四）项', reportRow: both('unavailable.notHeld'),
    basisText: `经检索，本机关没有您申请公开的政府信息，根据${T}第三十六条第（四）项的规定，告知您该政府信息不存在。`,
    applicantGets: '政府信息不存在的告知（宜说明检索的范围和方式）。', nonDisclosure: 'no',
  },
  notThisAgency: {
    label: '无法提供：不属于本机关负责公开', article: '第三十六条第（五）项', reportRow: both('unavailable.notHeld'),
    basisText: `您申请公开的信息不属于本机关负责公开，根据${T}第三十六条第（五）项的规定予以告知并说明理由；能够确定负责公开该政府信息的行政机关的，告知其名称和联系方式。`,
    applicantGets: '不属于本机关负责公开的告知及理由；能够确定的，负责公开的机关名称和联系方式。', nonDisclosure: 'no',
  },
  needsCreation: {
    label: '无法提供：没有现成信息需要另行制作', article: '第三十八条', reportRow: both('unavailable.needsCreation'),
    basisText: `您申请提供的信息需要本机关对现有政府信息进行加工、分析，根据${T}第三十八条的规定，本机关可以不予提供。`,
    applicantGets: '不予提供的告知及理由。', nonDisclosure: 'no',
  },
  stillUnclearAfterCorrection: {
    label: '无法提供：补正后申请内容仍不明确', article: '第三十条、第二十九条第二款', reportRow: both('unavailable.stillUnclear'),
    basisText: `本机关已依照${T}第三十条的规定一次性告知您需要补正的事项，补正后申请内容仍不明确，无法确定您所申请的政府信息，无法提供。`,
    applicantGets: '无法提供的告知及理由；可重新提出内容明确的申请。', nonDisclosure: 'no',
  },
  petition: {
    label: '不予处理：信访举报投诉类申请', article: '第三十九条第一款', reportRow: both('notProcessed.petition'),
    basisText: `您以政府信息公开申请的形式提出的是信访、投诉、举报等诉求，根据${T}第三十九条第一款的规定，不作为政府信息公开申请处理，您可以通过相应渠道提出。`,
    applicantGets: '不作为政府信息公开申请处理的告知，以及应当通过的渠道。', nonDisclosure: 'no',
  },
  duplicate: {
    label: '不予处理：重复申请', article: '第三十六条第（六）项', reportRow: both('notProcessed.duplicate'),
    basisText: `本机关已就您申请公开的政府信息作出答复，您重复申请公开相同的政府信息，根据${T}第三十六条第（六）项的规定，不予重复处理。`,
    applicantGets: '不予重复处理的告知（宜注明此前答复的日期和文号）。', nonDisclosure: 'no',
  },
  publication: {
    label: '不予处理：要求提供公开出版物', article: '第三十九条第二款', reportRow: both('notProcessed.publication'),
    basisText: `您要求提供的是政府公报、报刊、书籍等公开出版物，根据${T}第三十九条第二款的规定，告知您获取的途径。`,
    applicantGets: '公开出版物的获取途径。', nonDisclosure: 'no',
  },
  excessive: {
    label: '不予处理：无正当理由大量反复申请', article: '第三十五条', reportRow: both('notProcessed.excessive'),
    basisText: `您申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，所说明的理由不合理，根据${T}第三十五条的规定，不予处理。`,
    applicantGets: '不予处理的告知及理由。', nonDisclosure: 'no',
  },
  confirmation: {
    label: '不予处理：要求确认或重新出具已获取信息', article: '第二条、第三十八条（年度报告格式（五）5）', reportRow: both('notProcessed.confirmation'),
    basisText: `您要求本机关确认或者重新出具已经获取的信息，该诉求不属于${T}所规定的提供已制作或者获取的政府信息，本机关不作为政府信息公开申请处理。`,
    applicantGets: '不作为政府信息公开申请处理的告知。', nonDisclosure: 'no',
  },
  correctionLapsed: {
    label: '其他处理：逾期不补正，不再处理', article: '第三十条', reportRow: other('other.noCorrection'),
    basisText: `您无正当理由逾期未补正，根据${T}第三十条的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    applicantGets: '不再处理的告知；可重新提出申请。', nonDisclosure: 'no',
  },
  feeUnpaid: {
    label: '其他处理：逾期未缴纳信息处理费，不再处理', article: '第四十二条；国办函〔2020〕109号', reportRow: other('other.feeUnpaid'),
    basisText: `您未在收到收费通知次日起20个工作日内缴纳信息处理费，根据${T}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    applicantGets: '不再处理的告知。', nonDisclosure: 'no',
  },
  withdrawn: {
    label: '其他处理：申请人撤回申请', article: '—（申请人自愿撤回）', reportRow: other('other.other'),
    basisText: '您已撤回该政府信息公开申请，本机关终止处理。',
    applicantGets: '终止处理的确认。', nonDisclosure: 'no',
  },
  other: {
    label: '其他处理：其他情形', article: '—（按具体情形写明依据）', reportRow: other('other.other'),
    basisText: '本机关根据具体情况对您的申请作出如下处理（请写明事实、理由和依据）。',
    applicantGets: '处理结果及其理由。', nonDisclosure: 'no',
  },
};

/** The table 三 row key for an outcome in a report format. */
export function reportRowFor(outcome: Outcome, format: ReportFormat): string {
  return OUTCOME_DEFINITIONS[outcome].reportRow[format];
}

/** The table 三 row key for an outcome in the report of statistics year `year`. */
export function reportRowForYear(outcome: Outcome, year: number): string {
  return reportRowFor(outcome, formatForYear(year));
}

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}
