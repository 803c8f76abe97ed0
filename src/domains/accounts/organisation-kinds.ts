/** Kinds of organisation (机构类型). Same list feeds the SQL CHECK constraint (frozen in the migration). */
export const ORGANISATION_KINDS = [
  'provincial_government',
  'city_government',
  'county_government',
  'township',
  'subdistrict',
  'department',
  'other',
] as const;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  provincial_government: '省级人民政府',
  city_government: '市级人民政府',
  county_government: '县级人民政府',
  township: '乡镇人民政府',
  subdistrict: '街道办事处',
  department: '政府工作部门',
  other: '其他机关单位',
};

export function isOrganisationKind(value: unknown): value is OrganisationKind {
  return typeof value === 'string' && (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/**
 * The kinds that may stand directly under a parent of each kind (`root`: no parent). Follows the
 * levels of government (《地方各级人民代表大会和地方各级人民政府组织法》): a government has the
 * governments one level down (a province also its directly administered counties), its working
 * departments and other bodies; a township or subdistrict has its offices and stations
 * (`department`) and 村/社区 bodies (`other`), never a government; a department has its own units.
 */
export const CHILD_KINDS: Record<OrganisationKind | 'root', readonly OrganisationKind[]> = {
  root: ['provincial_government', 'city_government', 'county_government'],
  provincial_government: ['city_government', 'county_government', 'department', 'other'],
  city_government: ['county_government', 'department', 'other'],
  county_government: ['township', 'subdistrict', 'department', 'other'],
  township: ['department', 'other'],
  subdistrict: ['department', 'other'],
  department: ['department', 'other'],
  other: ['other'],
};

export function kindAllowedUnder(parentKind: OrganisationKind | null, kind: OrganisationKind): boolean {
  return CHILD_KINDS[parentKind ?? 'root'].includes(kind);
}

/** Why a kind does not fit under a parent, in Chinese (undefined: it fits). */
export function kindProblem(parentKind: OrganisationKind | null, kind: OrganisationKind): string | undefined {
  if (kindAllowedUnder(parentKind, kind)) return undefined;
  const allowed = CHILD_KINDS[parentKind ?? 'root'].map((k) => ORGANISATION_KIND_LABELS[k]).join('、');
  const where = parentKind ? `${ORGANISATION_KIND_LABELS[parentKind]}下` : '最高一级';
  return `${where}不能设立${ORGANISATION_KIND_LABELS[kind]}，只能设立：${allowed}`;
}
