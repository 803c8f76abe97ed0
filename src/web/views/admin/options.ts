import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS, ROLE_LABELS, ROLES } from '../../../domains/accounts/index.ts';

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
export const KIND_OPTIONS = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: ORGANISATION_KIND_LABELS[kind] }));

/** Depth of an organisation in its tree (a root is 0). */
export function depthOf(organisation: Organisation): number {
  return organisation.path.split('/').filter(Boolean).length - 1;
}

/** Organisations as select options, indented by depth (lists come in tree order). */
export function organisationOptions(organisations: readonly Organisation[]) {
  const base = Math.min(...organisations.map(depthOf));
  return organisations.map((o) => ({ value: o.id, label: `${'　'.repeat(Math.max(0, depthOf(o) - base))}${o.name}` }));
}
