/**
 * The remedy paragraph of a reply letter (救济途径告知).
 *
 *  - 行政复议: within 60 days of knowing of the act — 行政复议法 (2023) 第二十条 for decisions from
 *    2024-01-01, when the revised law took effect; 行政复议法 (2017) 第九条 before.
 *  - 行政诉讼: within 6 months of knowing of the act — 行政诉讼法第四十六条; after reconsideration,
 *    within 15 days of receiving the decision — 第四十五条.
 *  - 复议前置: 行政复议法 (2023) 第二十三条第一款第（四）项 — "申请政府信息公开，行政机关不予公开"
 *    must go to reconsideration first, and 第二款 obliges the agency to say so in its decision. It is
 *    stated for 不予公开 and for the withheld part of 部分公开 only; every other outcome gives the
 *    applicant the ordinary choice.
 */
import type { CalendarDate } from '../../calendar/index.ts';
import type { Outcome } from './outcomes.ts';
import { OUTCOME_DEFINITIONS } from './outcomes.ts';

/** 2023 行政复议法 in force. */
export const REVISED_REVIEW_LAW_IN_FORCE = '2024-01-01';

export interface RemedyOptions {
  /** Date of the decision (答复日期). */
  decidedOn: CalendarDate;
  /** 行政复议机关, e.g. 某某县人民政府; generic wording if absent. */
  reviewBody?: string;
  /** 人民法院, e.g. 某某区人民法院; generic wording if absent. */
  court?: string;
}

export interface Remedy {
  /** Reconsideration must come first (复议前置) for this decision, or for its withheld part (部分公开). */
  reconsiderationFirst: boolean;
  /** The paragraph for the letter; empty for a withdrawn application. */
  text: string;
}

export function remedyFor(outcome: Outcome, options: RemedyOptions): Remedy {
  if (outcome === 'withdrawn') return { reconsiderationFirst: false, text: '' };
  const body = options.reviewBody ?? '有管辖权的行政复议机关';
  const court = options.court ?? '有管辖权的人民法院';
  const litigation = `自知道或者应当知道作出行政行为之日起6个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向${court}提起行政诉讼`;
  if (options.decidedOn < REVISED_REVIEW_LAW_IN_FORCE) {
    return {
      reconsiderationFirst: false,
      text: `如对本答复不服，可以自知道该行政行为之日起60日内，依照《中华人民共和国行政复议法》第九条的规定向${body}申请行政复议；也可以${litigation}。`,
    };
  }
  const review = `自知道或者应当知道该行政行为之日起60日内，依照《中华人民共和国行政复议法》第二十条的规定向${body}申请行政复议`;
  const afterReview = `对行政复议决定不服的，可以自收到行政复议决定书之日起15日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向${court}提起行政诉讼`;
  const nonDisclosure = OUTCOME_DEFINITIONS[outcome].nonDisclosure;
  const article = '《中华人民共和国行政复议法》第二十三条第一款第（四）项规定的申请政府信息公开、行政机关不予公开的情形';
  if (nonDisclosure === 'yes') {
    return {
      reconsiderationFirst: true,
      text: `本答复属于${article}，依照该条第二款告知如下：如对本答复不服，应当先申请行政复议，即${review}；${afterReview}。`,
    };
  }
  if (nonDisclosure === 'part') {
    return {
      reconsiderationFirst: true,
      text: `本答复中不予公开的部分属于${article}，依照该条第二款告知如下：如对不予公开的部分不服，应当先申请行政复议，即${review}；${afterReview}。对本答复其余部分不服的，可以${review}；也可以${litigation}。`,
    };
  }
  return {
    reconsiderationFirst: false,
    text: `如对本答复不服，可以${review}；也可以${litigation}。`,
  };
}

/** The content of the reply letter (答复书) for an outcome. */
export interface ReplyLetterContent {
  outcome: Outcome;
  label: string;
  /** Article(s) of the 条例 relied on. */
  article: string;
  /** The decision and its legal basis. */
  legalBasis: string;
  /** What the applicant gets. */
  applicantGets: string;
  remedy: Remedy;
}

export function replyLetterContent(outcome: Outcome, options: RemedyOptions): ReplyLetterContent {
  const d = OUTCOME_DEFINITIONS[outcome];
  return { outcome, label: d.label, article: d.article, legalBasis: d.basisText, applicantGets: d.applicantGets, remedy: remedyFor(outcome, options) };
}
