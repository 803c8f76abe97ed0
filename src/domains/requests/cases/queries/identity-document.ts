/** The uploaded identity document of a case, for staff who may see the case (404 otherwise). */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema.ts';
import type { Initiator } from '../../../accounts/index.ts';
import { loadCaseForAction } from '../change-case.ts';
import { applicationError } from '../errors.ts';

export async function getIdentityDocumentForActor(db: Kysely<Database>, actor: Initiator, caseId: string): Promise<{ mediaType: string; bytes: Buffer }> {
  const { case: c } = await loadCaseForAction(db, { actor }, caseId, 'application.view');
  const row = c.applicantIdFileId
    ? await db.selectFrom('application_files').select(['media_type', 'content_base64']).where('id', '=', c.applicantIdFileId).where('case_id', '=', c.id).executeTakeFirst()
    : undefined;
  if (!row) throw applicationError('applications.not_found', `no identity document for case ${c.id}`);
  return { mediaType: row.media_type, bytes: Buffer.from(row.content_base64, 'base64') };
}
