/**
 * The URL fetcher against a real HTTP server started here on loopback: refused by default (it is
 * loopback), fetched with the administrator's allowance; a host name is judged on the addresses it
 * resolves to; limits of size, time and redirects; a redirect to a loopback address is refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpReportFetcher } from './http-fetcher.ts';

let server: http.Server;
let base = '';
let port = 0;
const pending = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/report.html':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>报告</p>');
        return;
      case '/named':
        response.writeHead(200, { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent('年报.pdf')}` }).end('%PDF-');
        return;
      case '/big':
        // No Content-Length: the limit must cut the stream itself.
        response.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 64; i += 1) response.write(Buffer.alloc(1024, 0x61));
        response.end();
        return;
      case '/big-declared':
        response.writeHead(200, { 'content-length': String(10 * 1024 * 1024) }).write('a');
        return;
      case '/slow': {
        response.writeHead(200, { 'content-type': 'text/plain' }).write('a');
        const timer = setTimeout(() => response.end('b'), 5_000);
        pending.add(timer);
        return;
      }
      case '/to-loopback':
        response.writeHead(302, { location: `http://127.0.0.2:${port}/report.html` }).end();
        return;
      case '/to-mapped':
        response.writeHead(301, { location: `http://[::ffff:127.0.0.1]:${port}/report.html` }).end();
        return;
      case '/to-file':
        response.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/relative':
        response.writeHead(303, { location: '/report.html' }).end();
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' }).end();
        return;
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const timer of pending) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** For the redirect tests: the test server (127.0.0.1) counts as public, the rest of loopback does not. */
const onlyTestServerPublic = (address: string) => (address === '127.0.0.1' ? { allowed: true as const } : { allowed: false as const, reason: '本机回环地址' });

describe('http report fetcher', () => {
  it('refuses the local server by default: it is loopback', async () => {
    const outcome = await httpReportFetcher({ allowPrivate: false })(`${base}/report.html`);
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && outcome.reason).toContain('本机回环地址');
  });

  it('fetches it when an administrator allows private addresses', async () => {
    const outcome = await httpReportFetcher({ allowPrivate: true })(`${base}/report.html`);
    expect(outcome).toMatchObject({ status: 'fetched', fileName: 'report.html', url: `${base}/report.html` });
    expect(outcome.status === 'fetched' && Buffer.from(outcome.bytes).toString('utf8')).toBe('<p>报告</p>');
    const named = await httpReportFetcher({ allowPrivate: true })(`${base}/named`);
    expect(named).toMatchObject({ status: 'fetched', fileName: '年报.pdf' });
  });

  it('judges a host name on every address it resolves to, and connects to the address it checked', async () => {
    const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    const refused = await httpReportFetcher({ allowPrivate: false, resolve: resolveTo('127.0.0.1') })(`http://report.example:${port}/report.html`);
    expect(refused.status === 'refused' && refused.reason).toContain('report.example（127.0.0.1）');
    // One public address among them does not make a private one acceptable.
    const mixed = await httpReportFetcher({ allowPrivate: false, resolve: resolveTo('8.8.8.8', '::ffff:10.0.0.1') })(`http://report.example:${port}/`);
    expect(mixed.status === 'refused' && mixed.reason).toContain('内网地址');
    // Allowed: the connection goes to the resolved (checked) address, our server.
    const fetched = await httpReportFetcher({ allowPrivate: true, resolve: resolveTo('127.0.0.1') })(`http://report.example:${port}/report.html`);
    expect(fetched.status).toBe('fetched');
  });

  it('cuts off a body past the size limit, and refuses a declared length past it before reading', async () => {
    const fetch = httpReportFetcher({ allowPrivate: true, limits: { maxBytes: 16 * 1024 } });
    expect(await fetch(`${base}/big`)).toEqual({ status: 'failed', reason: '文件过大（超过16 KB），已停止下载' });
    expect(await fetch(`${base}/big-declared`)).toEqual({ status: 'failed', reason: '文件过大（超过16 KB），已停止下载' });
  });

  it('gives up on a slow server at the time limit', async () => {
    const started = Date.now();
    const outcome = await httpReportFetcher({ allowPrivate: true, limits: { timeoutMs: 300 } })(`${base}/slow`);
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.reason).toContain('获取超时');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('checks every redirect hop: a redirect to a loopback address or another scheme is refused', async () => {
    const fetch = httpReportFetcher({ allowPrivate: false, addressPolicy: onlyTestServerPublic });
    expect(await fetch(`${base}/relative`)).toMatchObject({ status: 'fetched', url: `${base}/report.html` });
    const loopback = await fetch(`${base}/to-loopback`);
    expect(loopback.status).toBe('refused');
    expect(loopback.status === 'refused' && loopback.reason).toContain(`重定向至 http://127.0.0.2:${port}/report.html 被拒绝`);
    const mapped = await httpReportFetcher({ allowPrivate: false, addressPolicy: (a) => (a === '127.0.0.1' ? { allowed: true } : { allowed: false, reason: 'x' }) })(`${base}/to-mapped`);
    expect(mapped.status).toBe('refused');
    const file = await fetch(`${base}/to-file`);
    expect(file.status === 'refused' && file.reason).toContain('只能获取 http 或 https 网址');
  });

  it('follows a bounded number of redirects', async () => {
    const outcome = await httpReportFetcher({ allowPrivate: true, limits: { maxRedirects: 3 } })(`${base}/loop`);
    expect(outcome).toEqual({ status: 'failed', reason: '重定向次数过多（最多3次）' });
  });

  it('reports an HTTP error status and a closed port as failures', async () => {
    const fetch = httpReportFetcher({ allowPrivate: true });
    expect(await fetch(`${base}/missing`)).toEqual({ status: 'failed', reason: '服务器返回 HTTP 404' });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await fetch(`http://127.0.0.1:${closedPort}/`)).toEqual({ status: 'failed', reason: '对方服务器拒绝连接' });
  });
});
