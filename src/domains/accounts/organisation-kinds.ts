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
