import { listOrganisationsByIds } from '../accounts/index.ts';
import type { Initiator, Organisation } from '../accounts/index.ts';
import { forbidden, itemNotFound } from './errors.ts';
import { isPlausibleIdLoose } from './ids.ts';
import { canPublishing } from './policy.ts';
import type { PublishingAction } from './policy.ts';
import { findItemRow } from './repository.ts';
import type { Db } from './repository.ts';
import type { InformationItem } from './types.ts';

/** One item for an initiator: 404 when missing or unseen, 403 when seen but `action` is not allowed. */
export async function itemFor(db: Db, initiator: Initiator, itemId: string, action: PublishingAction | null): Promise<{ item: InformationItem; organisation: Organisation }> {
  const item = isPlausibleIdLoose(itemId) ? await findItemRow(db, itemId) : undefined;
  if (!item) throw itemNotFound(String(itemId));
  const [organisation] = await listOrganisationsByIds(db, [item.organisationId]);
  if (initiator === 'system') return { item, organisation: organisation! };
  const subject = { organisationPath: organisation!.path, authorUserId: item.authorUserId };
  if (!canPublishing(initiator, 'item.view', subject)) throw itemNotFound(itemId);
  if (action && !canPublishing(initiator, action, subject)) throw forbidden(`${action} on item ${itemId}`);
  return { item, organisation: organisation! };
}
