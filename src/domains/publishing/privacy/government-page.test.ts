/**
 * A whole 公示 page as counties publish them: the 信息公开 metadata table (索引号, 文号, 统一社会信用代码,
 * dates), amounts and percentages in the body, a table of persons with ID numbers (one split by an
 * inline tag) and phones (one in full-width digits), and the 监督电话 with its area code and extension.
 * Exactly the persons' data is found and masked; every code, date and amount stays as published.
 */
import { describe, expect, it } from 'vitest';
import { htmlVisibleText, maskHtml, scanHtml } from './index.ts';

const page = `<!DOCTYPE html><html><head><title>关于2026年度农村危房改造补助对象的公示</title><style>td{padding:2px}</style></head><body>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>11410329MB1957220X/2026-00012</td><th>发布机构：</th><td>伊川县住房和城乡建设局</td></tr>
<tr><th>文号：</th><td>伊建〔2026〕15号</td><th>成文日期：</th><td>2026-03-05</td></tr>
<tr><th>统一社会信用代码：</th><td>11410329005123456A</td><th>发布时间：</th><td>2026-03-05 09:30:12</td></tr>
</table>
<h1>关于2026年度农村危房改造补助对象的公示</h1>
<p>根据《河南省农村危房改造实施办法》（豫建村〔2024〕88号），补助资金共计185.6万元（1856000元），较上年增长13.5%。</p>
<table>
<tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th><th>补助金额（元）</th></tr>
<tr><td>1</td><td>张三</td><td>410329199003071231</td><td>13812345678</td><td>35000</td></tr>
<tr><td>2</td><td>李四</td><td>41032919900307<span style="color:red">1231</span></td><td>１３９１２３４５６７８</td><td>20251231</td></tr>
<tr><td>3</td><td>王五</td><td>11010519491231002X</td><td>0379-68212345</td><td>12000.00</td></tr>
</table>
<p>公示期：2026年3月5日至2026年3月11日。监督电话：0379-68212345转8012，（0379）6821234；邮箱：ycxzjj@163.com。</p>
<p>伊川县住房和城乡建设局<br>2026年3月5日</p>
</body></html>`;

describe('a 公示 page with its metadata table and a table of persons', () => {
  it('finds the persons\' ID numbers and phones and the contact e-mail, nothing in the codes, dates or amounts', () => {
    const findings = scanHtml(page);
    expect(findings.map((f) => [f.kind, f.text, f.masked])).toEqual([
      ['id-card', '410329199003071231', '410329********1231'],
      ['mobile', '13812345678', '138****5678'],
      ['id-card', '410329199003071231', '410329********1231'],
      ['mobile', '１３９１２３４５６７８', '１３９****５６７８'],
      ['id-card', '11010519491231002X', '110105********002X'],
      ['phone', '0379-68212345', '0379-****2345'],
      ['phone', '0379-68212345', '0379-****2345'],
      ['phone', '（0379）6821234', '（0379）***1234'],
      ['email', 'ycxzjj@163.com', 'y***@163.com'],
    ]);
    const text = htmlVisibleText(page);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findings.map((f) => text.split('\n')[f.line - 1]!.includes(f.text))).not.toContain(false);
  });

  it('masks them in place; the split ID number\'s mask goes into its first text node', () => {
    const expected = page
      .replace('<td>410329199003071231</td><td>13812345678</td>', '<td>410329********1231</td><td>138****5678</td>')
      .replace('41032919900307<span style="color:red">1231</span></td><td>１３９１２３４５６７８', '410329********1231<span style="color:red"></span></td><td>１３９****５６７８')
      .replace('<td>11010519491231002X</td><td>0379-68212345</td>', '<td>110105********002X</td><td>0379-****2345</td>')
      .replace('0379-68212345转8012，（0379）6821234；邮箱：ycxzjj@163.com', '0379-****2345转8012，（0379）***1234；邮箱：y***@163.com');
    expect(expected).not.toBe(page);
    expect(maskHtml(page)).toBe(expected);
  });
});
