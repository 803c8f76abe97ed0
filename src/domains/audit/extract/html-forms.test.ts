/**
 * HTML as content systems serve reports (issue 10 item 3), written by hand: label cells spanning
 * columns and rows, blanks as &nbsp; or empty cells, two-level header rows, and a report that is
 * only inside the page's script.
 */
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../audit-document.ts';

const TABLE3 = `<table border="1">
<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>6</td><td>&nbsp;</td><td></td><td>&nbsp;</td><td>1</td><td>&nbsp;</td><td>7</td></tr>
<tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr>
<tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td><td></td><td></td><td></td><td>1</td><td></td><td>4</td></tr>
<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>&nbsp;</td></tr>
<tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>2.其他法律行政法规禁止公开</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>3.危及“三安全一稳定”</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>4.保护第三方合法权益</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>5.属于三类内部事务信息</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>6.属于四类过程性信息</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>7.属于行政执法案卷</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>8.属于行政查询事项</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td><td>2</td><td></td><td></td><td></td><td></td><td></td><td>2</td></tr>
<tr><td>2.没有现成信息需要另行制作</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>3.补正后申请内容仍不明确</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td rowspan="5">（五）不予处理</td><td>1.信访举报投诉类申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>2.重复申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>3.要求提供公开出版物</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>4.无正当理由大量反复申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>5.要求行政机关确认或重新出具已获取信息</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td rowspan="3">（六）其他处理</td><td>1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td>3.其他</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
<tr><td colspan="2">（七）总计</td><td>6</td><td></td><td></td><td></td><td>1</td><td></td><td>7</td></tr>
<tr><td colspan="3">四、结转下年度继续办理</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td>1</td></tr>
</table>`;

const TABLE4 = `<table border="1">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果纠正</td><td rowspan="2">其他结果</td><td rowspan="2">尚未审结</td><td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>
<tr><td>1</td><td>&nbsp;</td><td></td><td>&nbsp;</td><td>1</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td>&nbsp;</td></tr>
</table>`;

const TABLE2 = `<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>&nbsp;</td><td></td><td>&nbsp;</td></tr>
<tr><td>行政规范性文件</td><td>2</td><td>&nbsp;</td><td>9</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">35</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">&nbsp;</td></tr>
<tr><td>行政强制</td><td colspan="3">2</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>`;

const ARTICLE = `<h2>某县农业农村局2022年政府信息公开工作年度报告</h2>
<p>一、总体情况</p><p>2022年，本局认真贯彻落实《中华人民共和国政府信息公开条例》。</p>
<p>二、主动公开政府信息情况</p>${TABLE2}
<p>三、收到和处理政府信息公开申请情况</p>${TABLE3}
<p>四、政府信息公开行政复议、行政诉讼情况</p>${TABLE4}
<p>五、存在的主要问题及改进情况</p><p>公开内容不够全面。</p>
<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>`;

const page = (body: string): Buffer => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>信息公开</title></head><body>${body}</body></html>`, 'utf8');

function expectRead(result: Awaited<ReturnType<typeof auditDocument>>): void {
  const report = result.report!;
  expect(report.agency).toBe('某县农业农村局');
  expect(report.applications.newReceived).toEqual({ natural: 6, commercial: null, research: null, nonprofit: null, legal: 1, otherOrg: null, total: 7 });
  // A blank total (&nbsp;) whose parts have values: blank, not the row shifted one column.
  expect(report.applications.partial).toEqual({ natural: 1, commercial: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: null });
  expect(report.applications.granted).toEqual({ natural: 3, commercial: null, research: null, nonprofit: null, legal: 1, otherOrg: null, total: 4 });
  expect(report.appeals.review).toEqual({ upheld: 1, corrected: null, other: null, pending: null, total: 1 });
  expect(report.appeals.litigationAfterReview.total).toBeNull();
  expect(report.active).toEqual({
    regulations: { issued: null, repealed: null, inForce: null }, normativeDocuments: { issued: 2, repealed: null, inForce: 9 },
    licensing: { decisions: 35 }, punishment: { decisions: null }, coercion: { decisions: 2 }, fees: { amount: 0 },
  });
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(result.findings.map((f) => f.rule)).toContain('T3-BLANK-TOTAL');
}

describe('HTML tables with spanning labels, &nbsp; blanks and two-level headers', () => {
  it('puts every value in its column (a blank last cell does not shift the row)', async () => {
    expectRead(await auditDocument(page(`<div class="crumb">首页 &gt; 政府信息公开 &gt; 年度报告</div><div class="content">${ARTICLE}</div>`), 'page.html'));
  });
});

describe('a report inside the page script', () => {
  it('is found in a JSON literal with \\u003c escapes', async () => {
    const json = JSON.stringify({ code: 0, data: { title: '某县农业农村局2022年政府信息公开工作年度报告', content: ARTICLE } }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    expectRead(await auditDocument(page(`<div id="app"></div><script>window.__DATA__ = ${json};render(window.__DATA__);</script>`), 'page.html'));
  });

  it('is found in a single-quoted JS string holding entity-escaped HTML', async () => {
    const escaped = ARTICLE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '\\n');
    expectRead(await auditDocument(page(`<div id="c"></div><script type="text/javascript">var content = '${escaped}';\ndocument.getElementById('c').innerHTML = decode(content);</script>`), 'page.html'));
  });

  it('a page whose script holds no report is still not a report', async () => {
    const result = await auditDocument(page(`<p>通知公告</p><script>var s = "${'<div>政府信息公开</div>'.repeat(40).replace(/"/g, '\\"')}";</script>`), 'page.html');
    expect(result.verdict).toBe('无法识别');
  });
});
