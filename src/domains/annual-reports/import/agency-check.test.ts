import { describe, expect, it } from 'vitest';
import { checkImportedAgency } from './agency-check.ts';

describe('IMPORT-AGENCY: the file names another agency than the one it is recorded for', () => {
  it('is silent when the file names the organisation, in full or shortened, or names none', () => {
    expect(checkImportedAgency('伊川县教育体育局', '伊川县教育体育局')).toBeUndefined();
    expect(checkImportedAgency('水寨镇人民政府', '伊川县水寨镇人民政府')).toBeUndefined();
    expect(checkImportedAgency('伊川县 教育局', '伊川县教育局')).toBeUndefined();
    // A renamed body of the same place and kind (教育局 → 教育体育局) is not flagged.
    expect(checkImportedAgency('伊川县教育局', '伊川县教育体育局')).toBeUndefined();
    expect(checkImportedAgency(null, '伊川县教育局')).toBeUndefined();
  });

  it('warns when the file is another agency’s report', () => {
    expect(checkImportedAgency('水寨镇人民政府', '伊川县教育体育局')).toMatchObject({ rule: 'IMPORT-AGENCY', severity: 'warning', message: expect.stringContaining('文件中的机关为“水寨镇人民政府”') });
    expect(checkImportedAgency('伊川县财政局', '伊川县教育局')?.rule).toBe('IMPORT-AGENCY');
    expect(checkImportedAgency('嵩县教育局', '伊川县教育局')?.rule).toBe('IMPORT-AGENCY');
  });
});
