/**
 * Which addresses the URL import may connect to (public unicast only), and which URLs and list
 * lines it takes: tables of cases, one line each.
 */
import { describe, expect, it } from 'vitest';
import { addressVerdict, isIpLiteral, parseIpv6 } from './address-policy.ts';
import { MAX_URL_LINES, parseUrlList, urlVerdict } from './url-list.ts';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', '本机回环地址'], ['127.255.255.254', '本机回环地址'],
    ['10.0.0.1', '内网地址'], ['10.255.255.255', '内网地址'],
    ['172.16.0.1', '内网地址'], ['172.31.255.255', '内网地址'],
    ['192.168.1.1', '内网地址'],
    ['169.254.169.254', '链路本地地址'],
    ['100.64.0.1', '运营商级内网地址'], ['100.127.255.255', '运营商级内网地址'],
    ['0.0.0.0', '“本网络”地址'], ['0.1.2.3', '“本网络”地址'],
    ['192.0.2.10', '文档示例地址'], ['198.18.0.1', '测试网络地址'],
    ['224.0.0.1', '组播地址'], ['255.255.255.255', '保留地址'],
    ['::1', '本机回环地址'], ['0:0:0:0:0:0:0:1', '本机回环地址'], ['[::1]', '本机回环地址'],
    ['::', '未指定地址'],
    ['fc00::1', '内网地址（唯一本地地址）'], ['fd12:3456:789a::1', '内网地址（唯一本地地址）'],
    ['fe80::1', '链路本地地址'], ['fe80::1%eth0', '链路本地地址'], ['febf::1', '链路本地地址'],
    ['fec0::1', '站点本地地址'], ['ff02::1', '组播地址'],
    ['::ffff:127.0.0.1', '本机回环地址'], ['::ffff:7f00:1', '本机回环地址'], ['::FFFF:10.0.0.1', '内网地址'],
    ['::ffff:0:192.168.0.1', '内网地址'], ['::127.0.0.1', '已废弃的IPv4兼容地址'],
    ['64:ff9b::10.1.2.3', '内网地址'], ['2002:0a00:0001::1', '内网地址'], ['2002:c0a8:0101::', '内网地址'],
    ['2001:db8::1', '文档示例地址'], ['2001:0::1', '协议保留地址'],
    ['100::1', '保留地址'], ['4000::1', '保留地址'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(addressVerdict(address)).toEqual({ allowed: false, reason });
  });

  it.each([
    '8.8.8.8', '1.1.1.1', '114.114.114.114', '223.5.5.5', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0',
    '169.253.255.255', '11.0.0.1', '192.169.0.1', '9.255.255.255', '126.255.255.255', '128.0.0.1',
    '2400:3200::1', '2001:4860:4860::8888', '240e:1::1', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:0808:0808::1',
  ])('allows the public address %s', (address) => {
    expect(addressVerdict(address)).toEqual({ allowed: true });
  });

  it.each(['', 'localhost', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4x', ':::1', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7:8:9'])(
    'refuses %j, which is not an address', (text) => {
      expect(addressVerdict(text).allowed).toBe(false);
    },
  );

  it('parses IPv6 in every written form to the same groups', () => {
    expect(parseIpv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1::8')).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(parseIpv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x102, 0x304]);
    expect(parseIpv6('10.0.0.1')).toBeNull();
    expect(isIpLiteral('[fe80::1]')).toBe(true);
    expect(isIpLiteral('example.gov.cn')).toBe(false);
  });
});

describe('URLs the server may request', () => {
  const strict = { allowPrivate: false };
  it.each([
    ['ftp://example.gov.cn/r.pdf', '只能获取 http 或 https 网址（不支持 ftp）'],
    ['file:///etc/passwd', '只能获取 http 或 https 网址（不支持 file）'],
    ['javascript:alert(1)', '只能获取 http 或 https 网址（不支持 javascript）'],
    ['gopher://127.0.0.1:6379/', '只能获取 http 或 https 网址（不支持 gopher）'],
    ['not a url', '网址格式不正确'],
    ['http://user:pw@example.gov.cn/', '网址中不能包含用户名或密码'],
  ])('refuses %s', (url, reason) => {
    expect(urlVerdict(url, strict)).toEqual({ allowed: false, reason });
  });

  it.each([
    'http://127.0.0.1/', 'http://127.1/', 'http://0x7f.0.0.1/', 'http://2130706433/', 'http://[::1]:8080/', 'http://[::ffff:127.0.0.1]/',
    'http://10.0.0.1/r.html', 'https://169.254.169.254/latest/meta-data/', 'http://0.0.0.0:3000/', 'http://[fe80::1]/', 'http://[fd00::1]/',
  ])('refuses the non-public address literal in %s, unless an administrator allows it', (url) => {
    const verdict = urlVerdict(url, strict);
    expect(verdict.allowed).toBe(false);
    expect(verdict.allowed ? '' : verdict.reason).toContain('GONGKAI_FETCH_ALLOW_PRIVATE=1');
    expect(urlVerdict(url, { allowPrivate: true }).allowed).toBe(true);
  });

  it('takes public http(s) URLs and host names (judged on their addresses when fetched)', () => {
    expect(urlVerdict('https://www.example.gov.cn/2025/report.pdf', strict).allowed).toBe(true);
    expect(urlVerdict('http://8.8.8.8/r.html', strict).allowed).toBe(true);
    expect(urlVerdict('http://localhost/r.html', strict).allowed).toBe(true);
  });
});

describe('the list of URLs', () => {
  it('reads ORGCODE URL lines, skipping blanks and comments, and names each bad line', () => {
    const { lines, problems } = parseUrlList('# 2025年度\nyichuan-a https://a.example/r.html\n\n  yichuan-b\thttps://b.example/r.pdf  \r\nonly-one\na b c\nyichuan-c\u3000http://c.example/\n');
    expect(lines).toEqual([
      { line: 2, orgCode: 'yichuan-a', url: 'https://a.example/r.html' },
      { line: 4, orgCode: 'yichuan-b', url: 'https://b.example/r.pdf' },
      { line: 7, orgCode: 'yichuan-c', url: 'http://c.example/' },
    ]);
    expect(problems.map((p) => [p.line, p.text])).toEqual([[5, 'only-one'], [6, 'a b c']]);
    expect(problems[0]!.message).toBe('每行应为“机构代码 网址”，中间以空格分隔');
  });

  it(`takes at most ${MAX_URL_LINES} URLs at once`, () => {
    const text = Array.from({ length: MAX_URL_LINES + 1 }, (_, i) => `org-${i} https://e.example/${i}`).join('\n');
    expect(parseUrlList(text).problems).toEqual([{ line: MAX_URL_LINES + 1, text: '', message: `一次最多导入${MAX_URL_LINES}个网址` }]);
  });
});
