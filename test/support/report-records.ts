/**
 * A year of records for the annual report, written straight into the tables the report is counted
 * from (items, statistics form, cases, appeals, consultations), with the plain facts returned so a
 * test can count them independently. Random but seeded: the same seed, the same records.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import { newId } from '../../src/db/ids.ts';
import type { Organisation } from '../../src/domains/accounts/index.ts';
import { statisticsCells } from '../../src/domains/publishing/index.ts';
import { APPLICANT_TYPES, OUTCOMES } from '../../src/domains/requests/index.ts';
import type { ApplicantType, Outcome } from '../../src/domains/requests/index.ts';
import { APPEAL_RESULTS, CONSULTATION_CHANNELS } from '../../src/domains/requests/registers/index.ts';
import type { AppealResult, ConsultationChannel } from '../../src/domains/requests/registers/index.ts';

export interface ItemFact { column: string; kind: string; status: string; madeOn: string | null; publishedOn: string | null; validity: string; repealedOn: string | null; expiredOn: string | null }
export interface CaseFact { applicantType: ApplicantType; receivedOn: string | null; closedOn: string | null; outcome: Outcome | null; feeFen: number; feePaidOn: string | null }
export interface AppealFact { kind: 'review' | 'litigation'; afterReview: boolean; filedOn: string; result: AppealResult | null; closedOn: string | null }
export interface ConsultationFact { channel: ConsultationChannel; on: string }

export interface YearOfRecords {
  items: ItemFact[];
  statistics: Record<string, number>;
  cases: CaseFact[];
  appeals: AppealFact[];
  consultations: ConsultationFact[];
}

const NOW = '2026-01-10T00:00:00.000Z';

export function recordsRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random facts around `year` (the year before, the year, the year after), deterministic per seed. */
export function randomYearOfRecords(rng: () => number, year: number, size = { items: 60, cases: 80, appeals: 12, consultations: 25 }): YearOfRecords {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const day = (y: number) => {
    const d = new Date(Date.UTC(y, 0, 1) + Math.floor(rng() * 365) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const around = () => day(year + pick([-1, 0, 0, 0, 1]));
  const after = (from: string) => {
    const d = new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(rng() * 200) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const items: ItemFact[] = Array.from({ length: size.items }, () => {
    const madeOn = rng() < 0.2 ? null : around();
    const publishedOn = rng() < 0.1 ? null : (madeOn ? after(madeOn) : around());
    const validity = pick(['', 'valid', 'valid', 'repealed', 'expired']);
    return {
      column: pick(['政策文件', '财政信息', '通知公告']), kind: pick(['regulation', 'normative', 'normative', 'other']),
      status: publishedOn ? pick(['published', 'published', 'published', 'withdrawn']) : pick(['draft', 'review']),
      madeOn, publishedOn, validity,
      repealedOn: validity === 'repealed' ? around() : null, expiredOn: validity === 'expired' ? around() : null,
    };
  });
  const statistics = Object.fromEntries(statisticsCells(year).map((cell) => [cell.key, cell.decimals ? Math.round(rng() * 1e6) / 1e4 : cell.signed ? Math.floor(rng() * 11) - 5 : Math.floor(rng() * 30)]));
  const cases: CaseFact[] = Array.from({ length: size.cases }, () => {
    const receivedOn = rng() < 0.05 ? null : around();
    const closedOn = receivedOn && rng() < 0.75 ? after(receivedOn) : null;
    const paid = closedOn && rng() < 0.1;
    return {
      applicantType: pick(APPLICANT_TYPES), receivedOn, closedOn,
      outcome: closedOn ? (rng() < 0.05 ? null : pick(OUTCOMES)) : null,
      feeFen: paid ? 100 * (1 + Math.floor(rng() * 50)) : 0, feePaidOn: paid ? closedOn : null,
    };
  });
  const appeals: AppealFact[] = Array.from({ length: size.appeals }, () => {
    const filedOn = around();
    const closed = rng() < 0.6;
    const kind = pick(['review', 'litigation'] as const);
    return { kind, afterReview: kind === 'litigation' && rng() < 0.5, filedOn, result: closed ? pick(APPEAL_RESULTS) : null, closedOn: closed ? after(filedOn) : null };
  });
  const consultations = Array.from({ length: size.consultations }, () => ({ channel: pick(CONSULTATION_CHANNELS), on: around() }));
  return { items, statistics, cases, appeals, consultations };
}

/** Writes the records of `organisation` (one catalog column per column name). */
export async function insertYearOfRecords(db: Kysely<Database>, organisation: Organisation, year: number, records: YearOfRecords): Promise<void> {
  const columns = new Map<string, string>();
  for (const [position, name] of [...new Set(records.items.map((i) => i.column))].entries()) {
    const id = newId();
    columns.set(name, id);
    await db.insertInto('catalog_columns').values({
      id, organisation_id: organisation.id, parent_id: null, code: `c${position}-${id.slice(-6)}`, name, position, is_default: 0, document_kind: 'other',
      matter: '', basis: '', time_limit: '', responsible: '', channels: '', audience: '', disclosure_method: '', level: '', update_period_days: null, created_at: NOW, version: 1,
    }).execute();
  }
  for (const [n, item] of records.items.entries()) {
    await db.insertInto('information_items').values({
      id: newId(), organisation_id: organisation.id, column_id: columns.get(item.column)!, title: `测试文件${n}`, body_html: '<p>正文</p>',
      index_number: item.status === 'published' || item.status === 'withdrawn' ? `${organisation.code}/${year}-${n}` : null,
      issuer: organisation.name, topic: '', doc_number: `测文〔${year}〕${n}号`, made_on: item.madeOn, formed_on: item.madeOn ?? item.publishedOn ?? `${year}-01-01`,
      published_on: item.publishedOn, scheduled_on: null, document_kind: item.kind, validity: item.validity, effective_on: null,
      repealed_on: item.repealedOn, expired_on: item.expiredOn, keywords: '', status: item.status, author_user_id: null, rejection_reason: '',
      withdrawn_reason: '', withdrawn_on: null, imported: 1, created_at: NOW, updated_at: NOW, version: 1,
    }).execute();
  }
  await db.insertInto('publishing_statistics').values({ organisation_id: organisation.id, year, data: JSON.stringify(records.statistics), updated_at: NOW, version: 1 }).execute();
  for (const [n, c] of records.cases.entries()) {
    await db.insertInto('application_cases').values({
      id: newId(), organisation_id: organisation.id, number: `${organisation.code}-${year}-${n}`, source: 'staff',
      status: c.receivedOn === null ? 'awaitingConfirmation' : c.closedOn ? 'closed' : 'inProgress',
      applicant_type: c.applicantType, applicant_name: '申请人', applicant_id_number: '', applicant_id_file_id: null, applicant_contact: '联系方式',
      description: '申请内容', delivery_form: 'paper', delivery_way: 'post', channel: 'inPerson', arrived_on: c.receivedOn ?? `${year}-06-01`,
      received_on: c.receivedOn, query_code_hash: null, handler_user_id: null, clock_events: '[]', pending_extension: null, extension_workdays: 0,
      outcome: c.outcome, decided_on: c.closedOn, closed_on: c.closedOn, due_on: null, fee_amount_fen: c.feeFen, fee_paid_on: c.feePaidOn,
      draft_token_hash: null, created_by: null, created_at: NOW, updated_at: NOW, version: 1,
    }).execute();
  }
  for (const a of records.appeals) {
    await db.insertInto('appeals').values({
      id: newId(), organisation_id: organisation.id, kind: a.kind, after_review: a.afterReview ? 1 : 0, filed_on: a.filedOn, result: a.result, closed_on: a.closedOn,
      application_number: null, case_number: null, note: null, import_key: null, created_at: NOW, updated_at: NOW, version: 1,
    }).execute();
  }
  for (const c of records.consultations) {
    await db.insertInto('consultations').values({ id: newId(), organisation_id: organisation.id, channel: c.channel, consulted_on: c.on, summary: '咨询', created_at: NOW, updated_at: NOW, version: 1 }).execute();
  }
}
