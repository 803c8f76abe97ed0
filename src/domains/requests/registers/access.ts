import type { Initiator, Organisation } from '../../accounts/index.ts';
import { getOrganisationForActor } from '../../accounts/index.ts';
import { forbidden } from './errors.ts';
import type { RegisterAction } from './policy.ts';
import { initiatorCanRegister } from './policy.ts';
import type { Db } from './repository.ts';

/**
 * The organisation whose register is read or written: NotFound (404) when the actor cannot see it,
 * Forbidden (403) when they see it but may not do `action` there.
 */
export async function organisationForRegister(db: Db, initiator: Initiator, organisationId: string, action: RegisterAction): Promise<Organisation> {
  const organisation = await getOrganisationForActor(db, initiator, organisationId);
  if (!initiatorCanRegister(initiator, action, { organisationPath: organisation.path })) {
    throw forbidden(`${action} on organisation ${organisationId}`);
  }
  return organisation;
}

/**
 * Authorizes `action` on one record of a register: `notFound()` (404) unless the actor may view
 * the register the record is in, so nobody learns that a record exists that they cannot see;
 * Forbidden (403) when they see it but may not do `action`.
 */
export async function authorizeRecord(db: Db, initiator: Initiator, organisationId: string, action: RegisterAction, notFound: () => Error): Promise<Organisation> {
  let organisation: Organisation;
  try {
    organisation = await getOrganisationForActor(db, initiator, organisationId);
  } catch {
    throw notFound();
  }
  const subject = { organisationPath: organisation.path };
  if (!initiatorCanRegister(initiator, 'register.view', subject)) throw notFound();
  if (!initiatorCanRegister(initiator, action, subject)) throw forbidden(`${action} on organisation ${organisationId}`);
  return organisation;
}
