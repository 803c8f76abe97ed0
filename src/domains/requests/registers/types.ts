import type { AppealKind, AppealResult, ConsultationChannel } from './vocabulary.ts';
import type { AppealFacts } from './appeals-table.ts';

/** 政府信息公开咨询 — one enquiry about disclosure (not an application), by channel. */
export interface Consultation {
  id: string;
  organisationId: string;
  channel: ConsultationChannel;
  consultedOn: string;
  summary: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** 行政复议 / 行政诉讼 about a disclosure matter, tied to an application by its number. */
export interface Appeal extends AppealFacts {
  id: string;
  organisationId: string;
  kind: AppealKind;
  result: AppealResult | null;
  applicationNumber: string | null;
  caseNumber: string | null;
  note: string | null;
  importKey: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `consultationCountsForYear`: consultations of one organisation in one calendar year. */
export interface ConsultationCounts {
  total: number;
  byChannel: Record<ConsultationChannel, number>;
}
