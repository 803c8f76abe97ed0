import type { ReportNarrative } from '../reports/index.ts';
import type { ReportSections } from './types.ts';

/** A revision's sections as the renderers' narrative (every section given, so no default text). */
export function reportNarrative(sections: ReportSections): ReportNarrative {
  return { ...sections };
}
