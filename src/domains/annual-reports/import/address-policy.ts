/**
 * Which network addresses the server may fetch a subordinate's report from. The server sits inside
 * a government network: a URL pasted by a supervisor must not make it reach the machine itself, the
 * office LAN or a cloud metadata service (SSRF). So only public unicast addresses are allowed, deny
 * by default: IPv4 outside the special-purpose ranges (RFC 6890 and successors), IPv6 inside global
 * unicast 2000::/3 minus its special blocks; IPv4 embedded in IPv6 (::ffff:a.b.c.d, NAT64, 6to4) is
 * judged as the IPv4 address it carries. Pure: strings in, a reason out.
 */

/** Whether an address is public; when not, why (Chinese, shown on the URL's line). */
export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

const IPV4_BLOCKS: readonly [string, number, string][] = [
  ['0.0.0.0', 8, '“本网络”地址'],
  ['10.0.0.0', 8, '内网地址'],
  ['100.64.0.0', 10, '运营商级内网地址'],
  ['127.0.0.0', 8, '本机回环地址'],
  ['169.254.0.0', 16, '链路本地地址'],
  ['172.16.0.0', 12, '内网地址'],
  ['192.0.0.0', 24, '协议保留地址'],
  ['192.0.2.0', 24, '文档示例地址'],
  ['192.88.99.0', 24, '保留地址'],
  ['192.168.0.0', 16, '内网地址'],
  ['198.18.0.0', 15, '测试网络地址'],
  ['198.51.100.0', 24, '文档示例地址'],
  ['203.0.113.0', 24, '文档示例地址'],
  ['224.0.0.0', 4, '组播地址'],
  ['240.0.0.0', 4, '保留地址'],
];

/** The dotted quad as an unsigned 32-bit number, or null when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

function inIpv4Block(value: number, base: string, bits: number): boolean {
  const size = 2 ** (32 - bits);
  const start = parseIpv4(base)!;
  return value >= start && value < start + size;
}

function ipv4Verdict(value: number): AddressVerdict {
  for (const [base, bits, label] of IPV4_BLOCKS) {
    if (inIpv4Block(value, base, bits)) return { allowed: false, reason: label };
  }
  return { allowed: true };
}

/**
 * The eight 16-bit groups of an IPv6 address (with `::` and a trailing dotted quad), or null.
 * A zone (`fe80::1%eth0`) is dropped: the address decides.
 */
export function parseIpv6(text: string): number[] | null {
  let rest = text.replace(/^\[|\]$/g, '').split('%')[0]!.toLowerCase();
  if (!rest.includes(':')) return null;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (v4 === null) return null;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    rest = rest.slice(0, -dotted[1]!.length);
    if (rest.endsWith(':') && !rest.endsWith('::')) rest = rest.slice(0, -1);
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  const after = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !after) return null;
  const known = head.length + after.length + tail.length;
  if (halves.length === 2) {
    if (known > 7) return null;
    return [...head, ...new Array<number>(8 - known).fill(0), ...after, ...tail];
  }
  return known === 8 ? [...head, ...tail] : null;
}

const embeddedIpv4 = (g: number[], at: number) => g[at]! * 65536 + g[at + 1]!;

function ipv6Verdict(g: number[]): AddressVerdict {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return { allowed: false, reason: '未指定地址' };
  if (zeros(0, 7) && g[7] === 1) return { allowed: false, reason: '本机回环地址' };
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated): the IPv4 address decides.
  if (zeros(0, 5) && g[5] === 0xffff) return ipv4Verdict(embeddedIpv4(g, 6));
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return ipv4Verdict(embeddedIpv4(g, 6));
  // ::a.b.c.d (IPv4-compatible, deprecated): nothing legitimate uses it any more.
  if (zeros(0, 6)) return { allowed: false, reason: '已废弃的IPv4兼容地址' };
  // 64:ff9b::/96 (NAT64) reaches the IPv4 address it carries.
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return ipv4Verdict(embeddedIpv4(g, 6));
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return { allowed: false, reason: '内网地址（唯一本地地址）' };
  if ((first & 0xffc0) === 0xfe80) return { allowed: false, reason: '链路本地地址' };
  if ((first & 0xffc0) === 0xfec0) return { allowed: false, reason: '站点本地地址' };
  if ((first & 0xff00) === 0xff00) return { allowed: false, reason: '组播地址' };
  if ((first & 0xe000) !== 0x2000) return { allowed: false, reason: '保留地址' };
  if (first === 0x2001 && g[1] === 0x0db8) return { allowed: false, reason: '文档示例地址' };
  // 2001::/23: Teredo, benchmarking, ORCHID and other protocol assignments, not web servers.
  if (first === 0x2001 && g[1]! < 0x0200) return { allowed: false, reason: '协议保留地址' };
  // 2002::/16 (6to4) reaches the IPv4 address in groups 2–3.
  if (first === 0x2002) return ipv4Verdict(embeddedIpv4(g, 1));
  return { allowed: true };
}

/** Whether the server may connect to `address` (an IPv4 or IPv6 literal); anything else is refused. */
export function addressVerdict(address: string): AddressVerdict {
  const v4 = parseIpv4(address);
  if (v4 !== null) return ipv4Verdict(v4);
  const v6 = parseIpv6(address);
  if (v6 !== null) return ipv6Verdict(v6);
  return { allowed: false, reason: '不是有效的IP地址' };
}

export function isPublicAddress(address: string): boolean {
  return addressVerdict(address).allowed;
}

/** Whether a host name is an IP literal (IPv4 dotted quad or IPv6, bracketed or not). */
export function isIpLiteral(host: string): boolean {
  return parseIpv4(host) !== null || parseIpv6(host) !== null;
}
