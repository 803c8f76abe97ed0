import { isPlausibleIdLoose } from './ids.ts';
import { listOrganisationsByIds } from '../accounts/index.ts';
import type { Initiator, Organisation } from '../accounts/index.ts';
import { forbidden, publishingError } from './errors.ts';
import { initiatorCanPublishing } from './policy.ts';
import type { PublishingAction } from './policy.ts';
import type { Db } from './repository.ts';

/** The organisation, for an initiator allowed `action` there: 404 when unseen, 403 when seen but not allowed. */
export async function organisationFor(db: Db, initiator: Initiator, organisationId: string, action: PublishingAction): Promise<Organisation> {
  const [organisation] = isPlausibleIdLoose(organisationId) ? await listOrganisationsByIds(db, [organisationId]) : [];
  const notFound = publishingError('publishing.forbidden', 'not_found', `organisation ${organisationId} not visible`, [], '未找到该机构');
  if (!organisation) throw notFound;
  const subject = { organisationPath: organisation.path };
  if (!initiatorCanPublishing(initiator, 'item.view', subject)) throw notFound;
  if (!initiatorCanPublishing(initiator, action, subject)) throw forbidden(`${action} in organisation ${organisationId}`);
  return organisation;
}
