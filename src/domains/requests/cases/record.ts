/**
 * An application case as the domain sees it, mapped from its row, and the pure derivations every
 * command shares: its clock (the ledger), its status, its due date.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { ApplicationCasesTable } from '../../../db/schema-requests.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import { builtinCalendar } from '../../calendar/index.ts';
import type { ClockEvent, Ledger, ReceiptChannel } from '../clock/index.ts';
import { buildLedger } from '../clock/index.ts';
import type { Outcome } from '../outcomes/index.ts';
import type { ApplicantType, CaseSource, CaseStatus, DeliveryForm, DeliveryWay } from './vocabulary.ts';

export type Db = Kysely<Database> | Transaction<Database>;

/** An extension asked by the handler, waiting for the leader (第三十三条第二款). */
export interface PendingExtension {
  workdays: number;
  reason: string;
  requestedOn: CalendarDate;
  requestedBy: string | null;
  requestedByName: string;
}

/** 政府信息公开申请 — one application, a case on the statutory clock. */
export interface ApplicationCase {
  id: string;
  organisationId: string;
  /** 申请编号 (receipt number); null until an online application is confirmed. */
  number: string | null;
  source: CaseSource;
  status: CaseStatus;
  applicantType: ApplicantType;
  applicantName: string;
  applicantIdNumber: string;
  applicantIdFileId: string | null;
  applicantContact: string;
  description: string;
  deliveryForm: DeliveryForm;
  deliveryWay: DeliveryWay;
  channel: ReceiptChannel;
  arrivedOn: CalendarDate;
  /** 收到申请之日 (第三十一条). */
  receivedOn: CalendarDate | null;
  handlerUserId: string | null;
  clockEvents: ClockEvent[];
  pendingExtension: PendingExtension | null;
  extensionWorkdays: number;
  outcome: Outcome | null;
  decidedOn: CalendarDate | null;
  closedOn: CalendarDate | null;
  dueOn: CalendarDate | null;
  feeAmountYuan: number;
  feePaidOn: CalendarDate | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export function toCase(row: Selectable<ApplicationCasesTable>): ApplicationCase {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    number: row.number,
    source: row.source as CaseSource,
    status: row.status as CaseStatus,
    applicantType: row.applicant_type as ApplicantType,
    applicantName: row.applicant_name,
    applicantIdNumber: row.applicant_id_number,
    applicantIdFileId: row.applicant_id_file_id,
    applicantContact: row.applicant_contact,
    description: row.description,
    deliveryForm: row.delivery_form as DeliveryForm,
    deliveryWay: row.delivery_way as DeliveryWay,
    channel: row.channel as ReceiptChannel,
    arrivedOn: row.arrived_on as CalendarDate,
    receivedOn: row.received_on as CalendarDate | null,
    handlerUserId: row.handler_user_id,
    clockEvents: JSON.parse(row.clock_events) as ClockEvent[],
    pendingExtension: row.pending_extension ? (JSON.parse(row.pending_extension) as PendingExtension) : null,
    extensionWorkdays: Number(row.extension_workdays),
    outcome: row.outcome as Outcome | null,
    decidedOn: row.decided_on as CalendarDate | null,
    closedOn: row.closed_on as CalendarDate | null,
    dueOn: row.due_on as CalendarDate | null,
    feeAmountYuan: Number(row.fee_amount_fen) / 100,
    feePaidOn: row.fee_paid_on as CalendarDate | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

/** The case's statutory clock (null before confirmation: nothing runs yet). */
export function ledgerOf(c: Pick<ApplicationCase, 'clockEvents'>): Ledger | null {
  return c.clockEvents.length === 0 ? null : buildLedger(builtinCalendar(), c.clockEvents);
}

/** Where the case stands, from its record and its clock. */
export function deriveStatus(c: Pick<ApplicationCase, 'receivedOn' | 'handlerUserId' | 'decidedOn'>, ledger: Ledger | null): CaseStatus {
  if (!ledger || !c.receivedOn) return 'awaitingConfirmation';
  switch (ledger.status) {
    case 'closed': return 'closed';
    case 'awaitingCorrection': return 'awaitingCorrection';
    case 'paused': return 'consulting';
    case 'awaitingPayment': return 'awaitingPayment';
    case 'running': break;
  }
  if (c.decidedOn) return 'decided';
  return c.handlerUserId ? 'inProgress' : 'received';
}

export async function findCaseRow(db: Db, id: string): Promise<Selectable<ApplicationCasesTable> | undefined> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
  return db.selectFrom('application_cases').selectAll().where('id', '=', id).executeTakeFirst();
}
