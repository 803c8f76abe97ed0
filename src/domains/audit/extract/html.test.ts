import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index.ts';
import { htmlToText } from './html.ts';

const tab = (s: string): string => s.replace(/\t/g, '→');

describe('htmlToText', () => {
  it('keeps an empty cell below a row-spanning cell and lists a column-spanning cell once', () => {
    const html = `<table>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>1</td><td>2</td></tr>
      <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>3</td><td>4</td></tr>
      <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>5</td><td>6</td></tr>
      <tr><td>2.其他法律法规禁止公开</td><td>7</td><td>8</td></tr>
    </table>`;
    expect(tab(htmlToText(html)).split('\n')).toEqual([
      '一、本年新收政府信息公开申请数量→1→2',
      '三、本年度办理结果→（一）予以公开→3→4',
      '→（三）不予公开→1.属于国家秘密→5→6',
      '→→2.其他法律法规禁止公开→7→8',
    ]);
  });

  it('reads &nbsp; cells as blank (a blank last cell too), joins <br> and paragraphs inside cells, decodes entities', () => {
    const html = `<table><tr><td><p>（二）部分公开</p><p>（区分处理的，只计这一情形，不计其他情形）</p></td>
      <td>&nbsp;</td><td> 0 </td><td>&#49;&#50;</td><td>1.属于<br>国家秘密 &amp; more</td><td>&nbsp;</td></tr></table>`;
    expect(tab(htmlToText(html))).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）→→0→12→1.属于国家秘密 & more→');
  });

  it('keeps paragraphs as lines and drops scripts, styles, navigation, footers and hidden parts', () => {
    const html = `<!doctype html><html><head><title>站点</title><style>p{}</style><script>var a = "<p>x</p>";</script></head>
      <body><nav><a>首页</a><a>政务公开</a></nav><div style="display:none">隐藏</div>
      <h1>水寨镇人民政府2020年政府信息公开
      工作年度报告</h1><p>一、总体情况</p><p>2020年，我镇<b>认真</b>贯彻落实。</p>
      <footer>版权所有 © 某县人民政府</footer></body></html>`;
    expect(htmlToText(html).split('\n')).toEqual([
      '水寨镇人民政府2020年政府信息公开工作年度报告',
      '一、总体情况',
      '2020年，我镇认真贯彻落实。',
    ]);
  });

  it('reads layout tables (tables holding tables) as blocks and the inner tables as data', () => {
    const html = `<table width="100%"><tr><td>网站首页 | 信息公开</td></tr><tr><td>
      <p>二、主动公开政府信息情况</p>
      <table border="1"><thead><tr><th>信息内容</th><th>本年新制作数量</th></tr></thead>
      <tbody><tr><td>规章</td><td>0</td></tr></tbody></table>
      </td><td>侧栏</td></tr></table>`;
    expect(tab(htmlToText(html)).split('\n')).toEqual([
      '网站首页 | 信息公开',
      '二、主动公开政府信息情况',
      '信息内容→本年新制作数量',
      '规章→0',
      '侧栏',
    ]);
  });

  it('survives broken spans and unclosed tags', () => {
    const html = '<table><tr><td rowspan="999" colspan="-1">a<td colspan="abc">b<tr><td rowspan=0>c</table><p>after';
    expect(tab(htmlToText(html)).split('\n')).toEqual(['a→b', '→c', 'after']);
  });

  it('uses the <title> when the body does not name the report', () => {
    const html = '<html><head><title>某县教育局2021年政府信息公开工作年度报告</title></head><body><p>一、总体情况</p></body></html>';
    expect(htmlToText(html).split('\n')[0]).toBe('某县教育局2021年政府信息公开工作年度报告');
  });
});

describe('extracting HTML in UTF-8 and GBK', () => {
  const page = (meta: string): string => `<html><head>${meta}<title>报告</title></head><body>
    <p>水寨镇人民政府2020年政府信息公开工作年度报告</p>
    <table><tr><td rowspan="2">行政复议</td><td>结果维持</td></tr><tr><td>0</td></tr></table></body></html>`;
  const expected = '水寨镇人民政府2020年政府信息公开工作年度报告\n行政复议\t结果维持\n\t0';

  it.each([
    ['UTF-8, meta', Buffer.from(page('<meta charset="utf-8">')), 'UTF-8'],
    ['UTF-8, no meta', Buffer.from(page('')), 'UTF-8'],
    ['GBK, meta', iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=gbk">'), 'gbk'), 'GB18030'],
    ['GB2312, meta', iconv.encode(page('<meta charset="gb2312">'), 'gbk'), 'GB18030'],
    ['GBK, no meta', iconv.encode(page(''), 'gbk'), 'GB18030'],
    ['GBK declared as UTF-8', iconv.encode(page('<meta charset="utf-8">'), 'gbk'), 'GB18030'],
  ])('%s', async (_name, bytes, encoding) => {
    const result = await extractDocument(bytes, 'report.bin');
    expect(result.kind).toBe('html');
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe(expected);
    expect(result.findings.map((f) => f.rule)).toEqual(encoding === 'UTF-8' ? [] : ['READ-ENCODING']);
  });

  it('finds HTML by content even without an .html name, and text stays text', async () => {
    expect((await extractDocument(Buffer.from('<div>年度报告</div>'))).kind).toBe('html');
    expect((await extractDocument(Buffer.from('规章\t0\t0\t0'), 'x.html')).kind).toBe('text');
  });
});
