import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { Initiator } from '../../../accounts/index.ts';
import { authorizeRecord, organisationForRegister } from '../access.ts';
import { consultationNotFound } from '../errors.ts';
import type { RegisterAction } from '../policy.ts';
import type { Db } from '../repository.ts';
import { isPlausibleId, toConsultation } from '../repository.ts';
import type { Consultation, ConsultationCounts } from '../types.ts';
import { CONSULTATION_CHANNELS } from '../vocabulary.ts';

/** One consultation for an actor: 404 when missing or not visible, 403 when `action` is not theirs. */
export async function getConsultationRow(db: Db, actor: Initiator, id: string, action: RegisterAction = 'register.view'): Promise<Consultation> {
  const row = isPlausibleId(id) ? await db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!row) throw consultationNotFound(String(id));
  await authorizeRecord(db, actor, row.organisation_id, action, () => consultationNotFound(id));
  return toConsultation(row);
}

export const getConsultationForActor = getConsultationRow;

/** The consultations of one organisation in one year, newest first. */
export async function listConsultations(db: Db, actor: Initiator, organisationId: string, year: number): Promise<Consultation[]> {
  await organisationForRegister(db, actor, organisationId, 'register.view');
  const rows = await db
    .selectFrom('consultations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('consulted_on', '>=', `${year}-01-01`)
    .where('consulted_on', '<=', `${year}-12-31`)
    .orderBy('consulted_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(toConsultation);
}

/**
 * Consultations of one organisation dated in `year`, in total and per channel. No actor: the
 * annual-report generator calls it for an organisation it has already authorized.
 */
export async function consultationCountsForYear(db: Kysely<Database> | Db, organisationId: string, year: number): Promise<ConsultationCounts> {
  return (await consultationCountsForOrganisations(db, [organisationId], year)).get(organisationId)!;
}

/** The same for many organisations at once (one grouped query per chunk of organisations). */
export async function consultationCountsForOrganisations(db: Kysely<Database> | Db, organisationIds: readonly string[], year: number): Promise<Map<string, ConsultationCounts>> {
  const counts = new Map<string, ConsultationCounts['byChannel']>(organisationIds.map((id) => [id, Object.fromEntries(CONSULTATION_CHANNELS.map((channel) => [channel, 0])) as ConsultationCounts['byChannel']]));
  // Bound parameters per IN list: PostgreSQL and SQLite both cap them.
  for (let i = 0; i < organisationIds.length; i += 1000) {
    const rows = await db
      .selectFrom('consultations')
      .select(['organisation_id', 'channel', sql<number>`count(*)`.as('n')])
      .where('organisation_id', 'in', organisationIds.slice(i, i + 1000))
      .where('consulted_on', '>=', `${year}-01-01`)
      .where('consulted_on', '<=', `${year}-12-31`)
      .groupBy(['organisation_id', 'channel'])
      .execute();
    for (const row of rows) {
      const byChannel = counts.get(row.organisation_id);
      if (byChannel && row.channel in byChannel) byChannel[row.channel as keyof typeof byChannel] = Number(row.n);
    }
  }
  return new Map([...counts].map(([id, byChannel]) => [id, { total: Object.values(byChannel).reduce((a, b) => a + b, 0), byChannel }]));
}
