import { describe, expect, it } from 'vitest';
import { htmlVisibleText, maskHtml, scanHtml } from './index.ts';

describe('scanHtml / maskHtml', () => {
  it('scans text nodes only: attributes, scripts and styles are not read', () => {
    const html = '<p title="13812345678" data-id="11010519491231002X">无个人信息</p><script>var t="13912345678"</script><style>.a{}</style>';
    expect(scanHtml(html)).toEqual([]);
  });

  it('finds a number split by inline markup, with offsets in the visible text and its line', () => {
    const html = '<h1>公告</h1><p>联系人：张三，手机<b>138</b>12345678</p><p>邮箱 z@x.cn</p>';
    const findings = scanHtml(html);
    expect(findings.map((f) => [f.kind, f.text, f.line])).toEqual([
      ['mobile', '13812345678', 2],
      ['email', 'z@x.cn', 3],
    ]);
    const text = htmlVisibleText(html);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('block elements separate numbers: two cells are not one number', () => {
    expect(scanHtml('<table><tr><td>1381234</td><td>5678</td></tr></table>')).toEqual([]);
  });

  // HTML's block-level elements (and <br>, <hr>) start a line; inline ones do not.
  const BLOCKS = [
    'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
    'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
  ];
  it.each(BLOCKS)('<%s> is a block: the text before and after it are separate lines', (tag) => {
    expect(htmlVisibleText(`1381234<${tag}>5678</${tag}>9`)).toBe('1381234\n5678\n9');
    expect(scanHtml(`1381234<${tag}>5678</${tag}>`)).toEqual([]);
  });
  it.each(['br', 'hr'])('<%s> breaks the line', (tag) => {
    expect(htmlVisibleText(`1381234<${tag}>5678`)).toBe('1381234\n5678');
  });
  it.each(['span', 'b', 'a', 'em', 'strong'])('<%s> is inline: a number split by it is one number', (tag) => {
    expect(scanHtml(`1381234<${tag}>5678</${tag}>`).map((f) => f.text)).toEqual(['13812345678']);
  });
  it.each(['script', 'style', 'template', 'noscript'])('<%s> is not read', (tag) => {
    expect(htmlVisibleText(`a<${tag}>13812345678</${tag}>b`)).toBe('ab');
  });
  it('no empty line at the start and no double line break between blocks', () => {
    expect(htmlVisibleText('<p>a</p><p>b</p>')).toBe('a\nb\n');
    expect(htmlVisibleText('<div><p>a</p></div>')).toBe('a\n');
  });

  it('masks inside text nodes and keeps every byte of markup, entities re-escaped', () => {
    const html = '<p class="a">电话&nbsp;<b>138</b>12345678 &amp; <a href="mailto:z@x.cn">z@x.cn</a></p>';
    expect(maskHtml(html)).toBe('<p class="a">电话&nbsp;<b>138****5678</b> &amp; <a href="mailto:z@x.cn">z***@x.cn</a></p>');
    // A text node holding a finding is written anew: its entities come back as characters or escapes.
    expect(maskHtml('<p>电话&nbsp;13812345678 &amp; &lt;x&gt;</p>')).toBe('<p>电话\u00a0138****5678 &amp; &lt;x&gt;</p>');
  });

  it('comments and the doctype are not text', () => {
    expect(htmlVisibleText('<!DOCTYPE html><!-- 13812345678 --><p>x</p>')).toBe('x\n');
    expect(scanHtml('<!DOCTYPE html><!-- 13812345678 --><p>x</p>')).toEqual([]);
  });

  it('rewrites only the text nodes a finding touches', () => {
    expect(maskHtml('<p>13812345678</p><p>abc</p>')).toBe('<p>138****5678</p><p>abc</p>');
    // the node right after a finding keeps its entities as written
    expect(maskHtml('<b>13812345678</b>&nbsp;x')).toBe('<b>138****5678</b>&nbsp;x');
  });

  it('given findings in any order, each masked once', () => {
    const html = '<p>13812345678 z@x.cn</p>';
    const found = scanHtml(html);
    expect(maskHtml(html, [...found].reverse())).toBe('<p>138****5678 z***@x.cn</p>');
    expect(maskHtml(html, [found[0]!, found[0]!])).toBe('<p>138****5678 z@x.cn</p>');
  });

  it('masks only the findings given', () => {
    const html = '<p>13812345678 z@x.cn</p>';
    const [mobile] = scanHtml(html);
    expect(maskHtml(html, [mobile!])).toBe('<p>138****5678 z@x.cn</p>');
  });
});
