import { toOrganisation } from '../repository.ts';
import type { Db } from '../repository.ts';
import { visibleOrganisationsCondition } from '../scope.ts';
import type { Actor, Organisation, OrganisationTreeNode } from '../types.ts';

/** The organisations an actor can see, in tree order (by path, then code). */
export async function listOrganisations(db: Db, actor: Actor): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().where(visibleOrganisationsCondition(actor)).orderBy('path').execute();
  return sortForTree(rows.map(toOrganisation));
}

/** The visible organisations as a forest: roots are those whose parent is not visible. */
export async function organisationTree(db: Db, actor: Actor): Promise<OrganisationTreeNode[]> {
  return buildOrganisationTree(await listOrganisations(db, actor));
}

/** Every organisation, for the public portal (the structure of government is public). */
export async function listPublicOrganisations(db: Db): Promise<Organisation[]> {
  return sortForTree((await db.selectFrom('organisations').selectAll().execute()).map(toOrganisation));
}

/** findX returns undefined; for the portal's `/:code` URLs. */
export async function findOrganisationByCode(db: Db, code: string): Promise<Organisation | undefined> {
  if (typeof code !== 'string' || code.length > 64) return undefined;
  const row = await db.selectFrom('organisations').selectAll().where('code', '=', code.toLowerCase()).executeTakeFirst();
  return row && toOrganisation(row);
}

/** The organisations above one, from the root down to its parent (public data, for breadcrumbs). */
export async function listOrganisationAncestors(db: Db, organisation: Organisation): Promise<Organisation[]> {
  const ids = organisation.path.split('/').filter(Boolean).slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((row) => [row.id, toOrganisation(row)]));
  return ids.map((id) => byId.get(id)).filter((o): o is Organisation => o !== undefined);
}

/** The organisations directly below one, governments first, then by code (public data). */
export async function listOrganisationChildren(db: Db, organisation: Organisation): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().where('parent_id', '=', organisation.id).execute();
  return sortForTree(rows.map(toOrganisation));
}

/** Some organisations by id (e.g. where an actor holds roles, or a parent), in no particular order. */
export async function listOrganisationsByIds(db: Db, ids: readonly string[]): Promise<Organisation[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return rows.map(toOrganisation);
}

export function buildOrganisationTree(organisations: readonly Organisation[]): OrganisationTreeNode[] {
  const nodes = new Map(organisations.map((organisation) => [organisation.id, { organisation, children: [] as OrganisationTreeNode[] }]));
  const roots: OrganisationTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Parents before children; siblings: governments first, then by code. */
function sortForTree(organisations: Organisation[]): Organisation[] {
  const byParent = new Map<string | null, Organisation[]>();
  const ids = new Set(organisations.map((o) => o.id));
  for (const organisation of organisations) {
    const key = organisation.parentId && ids.has(organisation.parentId) ? organisation.parentId : null;
    const siblings = byParent.get(key);
    if (siblings) siblings.push(organisation);
    else byParent.set(key, [organisation]);
  }
  const rank = (o: Organisation) => (o.kind === 'department' || o.kind === 'other' ? 1 : 0);
  const out: Organisation[] = [];
  const visit = (key: string | null) => {
    const children = (byParent.get(key) ?? []).sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code));
    for (const child of children) {
      out.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return out;
}
