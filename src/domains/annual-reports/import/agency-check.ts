/**
 * IMPORT-AGENCY (warning): the imported file names another agency than the organisation it is
 * recorded for — most often the supervisor picked the wrong file. A warning, not a refusal: agencies
 * print their names in shorter or older forms (伊川县教育局 for 伊川县教育体育局 after a merger), so
 * only a name that neither contains the other nor shares its place and kind is flagged. Pure.
 */
import type { Finding } from '../../reports/index.ts';

const normal = (name: string) => name.replace(/[\s（）()]/g, '').replace(/汇总$/, '');

/** The leading place name (…省/市/县/区/镇/乡/街道) of an agency name, if it has one. */
function placeOf(name: string): string | undefined {
  return /^(.+?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道))/.exec(name)?.[1];
}

export function checkImportedAgency(agencyInFile: string | null, organisationName: string): Finding | undefined {
  if (!agencyInFile) return undefined;
  const read = normal(agencyInFile);
  const own = normal(organisationName);
  if (read.includes(own) || own.includes(read)) return undefined;
  const readPlace = placeOf(read);
  const ownPlace = placeOf(own);
  // Same place and same kind of body (…人民政府 / …局 / …委员会): a renamed or shortened name.
  if (readPlace && readPlace === ownPlace && read.slice(-2) === own.slice(-2)) return undefined;
  return {
    rule: 'IMPORT-AGENCY', severity: 'warning', at: null,
    message: `文件中的机关为“${agencyInFile}”，与所选机关“${organisationName}”不符，请确认是否选错了文件`,
  };
}
