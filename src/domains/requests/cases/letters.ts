/**
 * The reply letter (答复书) as data: what the casework layer renders to printable HTML and DOCX.
 * Every sentence of substance comes from the outcome taxonomy (basis, what the applicant gets) and
 * the remedy rules (行政复议法, 行政诉讼法), so the letter and table 三 never disagree.
 */
import type { CalendarDate } from '../../calendar/index.ts';
import type { Outcome, Remedy } from '../outcomes/index.ts';
import { OUTCOME_DEFINITIONS, remedyFor } from '../outcomes/index.ts';
import { DELIVERY_FORM_LABELS, DELIVERY_WAY_LABELS } from './vocabulary.ts';
import type { DeliveryForm, DeliveryWay } from './vocabulary.ts';

export interface ReplyLetterItem {
  position: number;
  description: string;
  outcome: Outcome;
  outcomeLabel: string;
  article: string;
  legalBasis: string;
  applicantGets: string;
  /** The handler's own words for this request (facts, search done, reasons). */
  reason: string | null;
}

export interface ReplyLetter {
  kind: 'reply';
  title: string;
  organisationName: string;
  number: string;
  applicantName: string;
  receivedOn: CalendarDate;
  /** 申请内容 as received. */
  description: string;
  deliveryForm: string;
  deliveryWay: string;
  /** The case's outcome (one per case, as table 三 counts it). */
  outcome: Outcome;
  items: ReplyLetterItem[];
  remedy: Remedy;
  /** The date printed on the letter (the day it was drafted; re-dated when sent). */
  dated: CalendarDate;
}

export interface ReplyLetterInput {
  organisationName: string;
  number: string;
  applicantName: string;
  receivedOn: CalendarDate;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryWay: DeliveryWay;
  outcome: Outcome;
  items: readonly { position: number; description: string; outcome: Outcome; reason: string | null }[];
  dated: CalendarDate;
  reviewBody?: string;
  court?: string;
}

export function buildReplyLetter(input: ReplyLetterInput): ReplyLetter {
  return {
    kind: 'reply',
    title: `${input.organisationName}政府信息公开申请答复书`,
    organisationName: input.organisationName,
    number: input.number,
    applicantName: input.applicantName,
    receivedOn: input.receivedOn,
    description: input.description,
    deliveryForm: DELIVERY_FORM_LABELS[input.deliveryForm],
    deliveryWay: DELIVERY_WAY_LABELS[input.deliveryWay],
    outcome: input.outcome,
    items: input.items.map((item) => {
      const d = OUTCOME_DEFINITIONS[item.outcome];
      return { position: item.position, description: item.description, outcome: item.outcome, outcomeLabel: d.label, article: d.article, legalBasis: d.basisText, applicantGets: d.applicantGets, reason: item.reason };
    }),
    // One remedy paragraph for the letter: the case outcome decides whether reconsideration comes first.
    remedy: remedyFor(input.outcome, { decidedOn: input.dated, ...(input.reviewBody ? { reviewBody: input.reviewBody } : {}), ...(input.court ? { court: input.court } : {}) }),
    dated: input.dated,
  };
}
