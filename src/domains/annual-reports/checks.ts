/**
 * The checks before publication: every rule of the report core (tables, narrative, and carry-over
 * from the previous year's published report). Errors block publication; each warning needs an
 * acknowledgement with a note (domain-reference §2.8 item 6). Pure.
 */
import type { AnnualReport, Finding } from '../reports/index.ts';
import { SECTION_TITLES, checkCarryOver, checkNarrative, checkReport } from '../reports/index.ts';
import { sortFindings } from '../audit/index.ts';
import type { Acknowledgement, ReportSections } from './types.ts';

const SECTION_KEYS = ['overview', 'active', 'applications', 'appeals', 'problems', 'other'] as const;

/** The sections' text with their official headings, as the narrative rules read a whole document. */
export function sectionsText(sections: ReportSections): string {
  return SECTION_KEYS.map((key, i) => [SECTION_TITLES[i], ...sections[key]].join('\n')).join('\n\n');
}

/** Marks the prefilled draft leaves for staff to fill in; left in, they would be published. */
export const PLACEHOLDER = '[请补充';

/**
 * DRAFT-PLACEHOLDER (warning): a section still holds a `[请补充…]` prompt of the prefilled draft.
 * A platform rule, not one of the report core's: it exists because the platform writes the prompts.
 */
export function checkPlaceholders(sections: ReportSections): Finding[] {
  return SECTION_KEYS.flatMap((key, i) => (sections[key].some((p) => p.includes(PLACEHOLDER))
    ? [{ rule: 'DRAFT-PLACEHOLDER', severity: 'warning' as const, at: `sections.${'一二三四五六'[i]}`, message: `${SECTION_TITLES[i]}仍有待补充的内容（“${PLACEHOLDER}…]”）` }]
    : []));
}

export function checkAnnualReport(report: AnnualReport, sections: ReportSections, previous?: AnnualReport): Finding[] {
  return sortFindings([
    ...checkPlaceholders(sections),
    ...checkReport(report),
    ...checkNarrative(sectionsText(sections), report),
    ...(previous ? checkCarryOver(previous, report) : []),
  ]);
}

export function findingKey(finding: { rule: string; at: string | null }): string {
  return `${finding.rule}@${finding.at ?? ''}`;
}

export interface PublicationGate {
  errors: Finding[];
  /** Warnings without an acknowledgement. */
  unacknowledged: Finding[];
}

export function publicationGate(findings: readonly Finding[], acknowledgements: readonly Acknowledgement[]): PublicationGate {
  const acknowledged = new Set(acknowledgements.map(findingKey));
  return {
    errors: findings.filter((f) => f.severity === 'error'),
    unacknowledged: findings.filter((f) => f.severity === 'warning' && !acknowledged.has(findingKey(f))),
  };
}
