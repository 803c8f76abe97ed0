/**
 * The network adapter of the URL import (a ReportFetcher over node:http/https). What it guards
 * against is a URL — or a redirect — that makes the server reach itself or the internal network
 * (SSRF), and a download that never ends:
 * - the address is checked where it is used: a host name is resolved by our own `lookup`, every
 *   address it resolves to is checked, and the socket connects to exactly those addresses (no gap
 *   between the check and the connection for DNS rebinding to use); an IP-literal host, which Node
 *   connects to without a lookup, is checked before the request;
 * - each redirect hop goes through the same URL and address rules, at most `maxRedirects` of them;
 * - one deadline for the whole URL (redirects and body included), and a body cut off past
 *   `maxBytes` (a larger Content-Length is refused before reading).
 * No connection reuse (agent: false) and no proxy: each request makes its own checked connection.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressVerdict, isIpLiteral } from './address-policy.ts';
import type { AddressVerdict } from './address-policy.ts';
import { FETCH_LIMITS } from './report-fetcher.ts';
import type { FetchLimits, FetchOutcome, ReportFetcher } from './report-fetcher.ts';
import { privateRefusal, urlVerdict } from './url-list.ts';

export interface HttpFetcherOptions {
  /** Administrator's allowance (GONGKAI_FETCH_ALLOW_PRIVATE): fetch from non-public addresses too. */
  allowPrivate: boolean;
  limits?: Partial<FetchLimits>;
  /** Resolves a host name to all its addresses (default: the system resolver). */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  /** Which addresses may be connected to when private ones are not allowed (default: public only). */
  addressPolicy?: (address: string) => AddressVerdict;
}

/** A refusal raised inside `lookup`, so the request's error says it was not a network failure. */
class AddressRefused extends Error {}

const systemResolve = (hostname: string) =>
  new Promise<LookupAddress[]>((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function fileNameOf(url: URL, response: IncomingMessage): string {
  const disposition = response.headers['content-disposition'] ?? '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  let name = '';
  try {
    name = star ? decodeURIComponent(star[1]!.trim()) : plain ? plain[1]!.trim() : decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
  } catch {
    name = '';
  }
  if (name === '') name = 'download';
  // The reader decides the kind from the content; the name only helps tell HTML from text.
  if (/text\/html/i.test(response.headers['content-type'] ?? '') && !/\.html?$/i.test(name)) name += '.html';
  return name;
}

export function httpReportFetcher(options: HttpFetcherOptions): ReportFetcher {
  const limits: FetchLimits = { ...FETCH_LIMITS, ...options.limits };
  const resolve = options.resolve ?? systemResolve;
  const policy = options.allowPrivate ? () => ({ allowed: true }) as const : (options.addressPolicy ?? addressVerdict);

  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname).then((found) => {
      const family = lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : undefined;
      const addresses = family ? found.filter((a) => a.family === family) : found;
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      // Every address must pass: the socket may try any of them.
      for (const { address } of addresses) {
        const verdict = policy(address);
        if (!verdict.allowed) return callback(new AddressRefused(privateRefusal(`${hostname}（${address}）`, verdict.reason)), []);
      }
      if (lookupOptions.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    }, (error: NodeJS.ErrnoException) => callback(error, []));
  };

  /** One request: the response, or an outcome when it cannot be made. */
  function request(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
    return new Promise((resolvePromise, reject) => {
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(url, {
        method: 'GET', agent: false, lookup, signal,
        headers: { 'user-agent': 'gongkai-report-import/1', accept: '*/*', 'accept-encoding': 'identity' },
      });
      req.on('response', resolvePromise);
      req.on('error', reject);
      req.end();
    });
  }

  function readBody(response: IncomingMessage, signal: AbortSignal): Promise<Uint8Array | FetchOutcome> {
    return new Promise((resolvePromise, reject) => {
      // A server that trickles its body: the deadline ends the read whatever the stream does.
      signal.addEventListener('abort', () => reject(new Error('deadline')), { once: true });
      const chunks: Buffer[] = [];
      let total = 0;
      response.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limits.maxBytes) {
          // Settle first: destroying the stream emits 'aborted' at once.
          resolvePromise({ status: 'failed', reason: tooLarge(limits.maxBytes) });
          response.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolvePromise(Buffer.concat(chunks)));
      response.on('error', reject);
      response.on('aborted', () => reject(new Error('aborted')));
    });
  }

  async function follow(start: string, signal: AbortSignal): Promise<FetchOutcome> {
    let current = start;
    for (let hop = 0; ; hop += 1) {
      // Scheme and credentials here; the address by `policy` just below (IP literal) or in `lookup`.
      const checked = urlVerdict(current, { allowPrivate: true });
      if (!checked.allowed) return { status: 'refused', reason: hop === 0 ? checked.reason : `重定向至 ${current} 被拒绝：${checked.reason}` };
      const url = checked.url;
      if (isIpLiteral(url.hostname)) {
        const verdict = policy(url.hostname.replace(/^\[|\]$/g, ''));
        if (!verdict.allowed) return { status: 'refused', reason: `${hop === 0 ? '' : `重定向至 ${current} 被拒绝：`}${privateRefusal(url.hostname, verdict.reason)}` };
      }
      let response: IncomingMessage;
      try {
        response = await request(url, signal);
      } catch (error) {
        if (error instanceof AddressRefused) return { status: 'refused', reason: hop === 0 ? error.message : `重定向至 ${current} 被拒绝：${error.message}` };
        throw error;
      }
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.resume();
        if (hop >= limits.maxRedirects) return { status: 'failed', reason: `重定向次数过多（最多${limits.maxRedirects}次）` };
        current = new URL(response.headers.location, url).toString();
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return { status: 'failed', reason: `服务器返回 HTTP ${status}` };
      }
      const length = Number(response.headers['content-length'] ?? NaN);
      if (Number.isFinite(length) && length > limits.maxBytes) {
        response.destroy();
        return { status: 'failed', reason: tooLarge(limits.maxBytes) };
      }
      const body = await readBody(response, signal);
      if (!(body instanceof Uint8Array)) return body;
      return { status: 'fetched', bytes: body, fileName: fileNameOf(url, response), url: url.toString() };
    }
  }

  return async (url) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    try {
      return await follow(url, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return { status: 'failed', reason: `获取超时（超过${Math.round(limits.timeoutMs / 1000)}秒）` };
      return { status: 'failed', reason: networkReason(error as NodeJS.ErrnoException) };
    } finally {
      clearTimeout(timer);
    }
  };
}

function tooLarge(maxBytes: number): string {
  const limit = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / 1024 / 1024)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return `文件过大（超过${limit}），已停止下载`;
}

function networkReason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return '无法解析该网址的主机名';
    case 'ECONNREFUSED':
      return '对方服务器拒绝连接';
    case 'ECONNRESET':
      return '连接被对方服务器中断';
    case 'ETIMEDOUT':
      return '连接超时';
    default:
      return error.code?.startsWith('ERR_TLS') || error.code?.includes('CERT') ? `HTTPS 证书无效（${error.code}）` : `获取失败（${error.code ?? error.message}）`;
  }
}
