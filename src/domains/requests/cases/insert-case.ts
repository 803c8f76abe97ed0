/** Writing a new case row and its requests (used by intake, registration and import). */
import type { Insertable, Transaction } from 'kysely';
import { newId } from '../../../db/ids.ts';
import type { Database } from '../../../db/schema.ts';
import type { ApplicationCasesTable } from '../../../db/schema-requests.ts';

export async function insertCase(trx: Transaction<Database>, row: Insertable<ApplicationCasesTable>, requests: readonly string[]): Promise<void> {
  await trx.insertInto('application_cases').values(row).execute();
  if (requests.length > 0) {
    await trx.insertInto('application_items')
      .values(requests.map((description, position) => ({ id: newId(), case_id: row.id, position, description, outcome: null, decided_on: null, reason: null })))
      .execute();
  }
}
