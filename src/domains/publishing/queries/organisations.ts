import { listOrganisations } from '../../accounts/index.ts';
import type { Actor, Organisation } from '../../accounts/index.ts';
import { canPublishing } from '../policy.ts';
import type { PublishingAction } from '../policy.ts';
import { columnNotFound } from '../errors.ts';
import { isPlausibleIdLoose } from '../ids.ts';
import { organisationFor } from '../organisation-access.ts';
import { findColumnRow } from '../repository.ts';
import type { Db } from '../repository.ts';
import type { CatalogColumn } from '../types.ts';

/** The organisations (tree order) where the actor may do `action`: the choices of a console form. */
export async function listPublishingOrganisations(db: Db, actor: Actor, action: PublishingAction): Promise<Organisation[]> {
  const visible = await listOrganisations(db, actor);
  return visible.filter((organisation) => canPublishing(actor, action, { organisationPath: organisation.path }));
}

/** One column with its organisation, for an actor allowed `action` there: 404 when missing or unseen. */
export async function getColumnForActor(db: Db, actor: Actor, columnId: string, action: PublishingAction): Promise<{ column: CatalogColumn; organisation: Organisation }> {
  const column = isPlausibleIdLoose(columnId) ? await findColumnRow(db, columnId) : undefined;
  if (!column) throw columnNotFound(String(columnId));
  const organisation = await organisationFor(db, actor, column.organisationId, action);
  return { column, organisation };
}
