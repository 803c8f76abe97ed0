import { isIP } from 'node:net';

/**
 * Which reverse proxies the server believes about the client's address (`X-Forwarded-For`):
 * - `false`: none; the client is the socket's peer and forwarded headers are ignored;
 * - a number N: N proxies stand in front (`1` = one nginx); the client is the address N hops back,
 *   i.e. the right-most address in `X-Forwarded-For` that no trusted proxy added;
 * - a list of proxy addresses or CIDR blocks: walking `X-Forwarded-For` from the right, addresses in
 *   the list are proxies; the first one not in it is the client.
 * A client can always prepend addresses to the header; it cannot make a trusted proxy append one, so
 * only the right-most untrusted address is believed (Fastify's proxy-addr does exactly that).
 */
export type TrustProxy = false | number | string[];

/** Names proxy-addr understands for the usual private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One list entry: an IPv4/IPv6 address, a CIDR block, or a named range; else a problem. */
function entryProblem(entry: string): string | undefined {
  if (NAMED_RANGES.has(entry)) return undefined;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address ?? '');
  if (version === 0 || extra !== undefined) return `“${entry}”不是 IP 地址或 CIDR 网段 (not an IP address or CIDR block)`;
  if (prefix === undefined) return undefined;
  const max = version === 4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `“${entry}”的前缀长度应为 0–${max} (prefix length must be 0–${max})`;
  return undefined;
}

/**
 * Parses TRUST_PROXY. `0`/`false`/`no` → off; `1`…`N` → hop count (`true`/`yes` mean one hop);
 * otherwise a comma-separated list of addresses and CIDR blocks (`127.0.0.1,10.0.0.0/8`).
 */
export function parseTrustProxy(raw: string): { value: TrustProxy } | { problems: string[] } {
  const text = raw.trim().toLowerCase();
  if (text === '0' || text === 'false' || text === 'no') return { value: false };
  if (text === 'true' || text === 'yes') return { value: 1 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { value: hops } : { problems: ['代理层数应为 0–10 (hop count must be 0–10)'] };
  }
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return { problems: ['应为 0、代理层数，或以逗号分隔的代理地址/网段 (must be 0, a hop count, or a comma-separated list of proxy addresses/CIDR blocks)'] };
  const problems = entries.map(entryProblem).filter((p): p is string => p !== undefined);
  return problems.length > 0 ? { problems } : { value: entries };
}

/**
 * The value for Fastify's `trustProxy`. A hop count becomes a function (Fastify refuses plain
 * numbers): the socket's peer and the next N-1 addresses from the right are proxies. Only safe when
 * the app is reachable through the proxy alone (HOST=127.0.0.1, or a firewall): see deployment.md.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false || trust === 0) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
