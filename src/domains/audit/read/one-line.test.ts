/** A whole report on one line (page text scraped without line breaks), written by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../audit-document.ts';
import { readReportText } from './index.ts';
import { unfoldOneLine } from './one-line.ts';

const fixture = readFileSync(new URL('./fixtures/2020-township-html-run-together.txt', import.meta.url), 'utf8');
const NAVIGATION = '网站首页机构概况政务公开政务服务互动交流';

describe('a report scraped onto one line', () => {
  const oneLine = NAVIGATION + fixture.split('\n').join('');

  it('is read as the same report as its lines', () => {
    const lines = readReportText(fixture);
    const read = readReportText(oneLine);
    expect(read.report).toEqual(lines.report);
    expect(read.report!.agency).toBe('伊川县水寨镇人民政府');
    expect(read.findings.map((f) => f.rule)).toEqual(lines.findings.map((f) => f.rule));
  });

  it('finds the rows by their labels inside the line', () => {
    const unfolded = unfoldOneLine(oneLine).split('\n');
    expect(unfolded).toContain('一、本年新收政府信息公开申请数量140001015');
    expect(unfolded).toContain('三、本年度办理结果（一）予以公开110000011');
    expect(unfolded).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(unfolded).toContain('伊川县水寨镇人民政府2020年政府信息公开工作年度报告');
  });

  it('splits table 四 as one run of fifteen cells and numbered sub-rows apart from the run before them', async () => {
    const text = `${NAVIGATION}当前位置：首页 > 政府信息公开 > 年报某县城关镇人民政府2022年政府信息公开工作年度报告一、总体情况2022年，本镇认真落实政府信息公开条例。`
      + '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件215第二十条第（五）项信息内容本年处理决定数量行政许可12第二十条第（六）项信息内容本年处理决定数量行政处罚3行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0'
      + '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他'
      + '一、本年新收政府信息公开申请数量520010255二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开300010132（二）部分公开（区分处理的，只计这一情形，不计其他情形）100000010'
      + '（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开00000003.危及“三安全一稳定”00000004.保护第三方合法权益00000005.属于三类内部事务信息00000006.属于四类过程性信息00000007.属于行政执法案卷00000008.属于行政查询事项0000000'
      + '（四）无法提供1.本机关不掌握相关政府信息80000192.没有现成信息需要另行制作00000003.补正后申请内容仍不明确0000000'
      + '（五）不予处理1.信访举报投诉类申请00000002.重复申请00000003.要求提供公开出版物00000004.无正当理由大量反复申请00000005.要求行政机关确认或重新出具已获取信息0000000'
      + '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请00000002.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请00000003.其他0000000'
      + '（七）总计480010251四、结转下年度继续办理4000004'
      + '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计101020000000000'
      + '五、存在的主要问题及改进情况公开内容不够全面。六、其他需要报告的事项本年度未收取信息处理费。';
    const result = await auditDocument(Buffer.from(text, 'utf8'), 'page.txt');
    expect(result.report!.agency).toBe('某县城关镇人民政府');
    expect(result.report!.year).toBe(2022);
    expect(result.report!.applications.newReceived).toEqual({ natural: 52, commercial: 0, research: 0, nonprofit: 1, legal: 0, otherOrg: 2, total: 55 });
    expect(result.report!.applications.unavailable.notHeld).toEqual({ natural: 8, commercial: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 1, total: 9 });
    expect(result.report!.appeals.review).toEqual({ upheld: 1, corrected: 0, other: 1, pending: 0, total: 2 });
    expect(result.report!.applications.withheld.lawProhibited.total).toBe(0);
    expect(result.unread).toEqual([]);
    expect(result.verdict).toBe('通过');
  });
});
