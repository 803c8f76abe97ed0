import { forbidden, organisationNotFound } from '../errors.ts';
import { can } from '../policy.ts';
import type { AccountAction } from '../policy.ts';
import { findOrganisationRow, isPlausibleId } from '../repository.ts';
import type { Db } from '../repository.ts';
import type { Initiator, Organisation } from '../types.ts';

/**
 * One organisation for an actor: NotFound (404) when missing, malformed or not visible to them;
 * Forbidden (403) when visible but `action` is not allowed.
 */
export async function getOrganisationForActor(
  db: Db,
  actor: Initiator,
  organisationId: string,
  action: AccountAction = 'organisation.view',
): Promise<Organisation> {
  const organisation = isPlausibleId(organisationId) ? await findOrganisationRow(db, organisationId) : undefined;
  if (!organisation) throw organisationNotFound(String(organisationId));
  if (actor === 'system') return organisation;
  const subject = { organisationPath: organisation.path };
  if (!can(actor, 'organisation.view', subject)) throw organisationNotFound(organisationId);
  if (!can(actor, action, subject)) throw forbidden(`${action} on organisation ${organisationId}`);
  return organisation;
}
