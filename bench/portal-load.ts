/**
 * A small HTTP load generator for the portal bench, used when neither wrk nor autocannon is
 * installed: a child Node process (so the server's own CPU time can be measured apart from the
 * client's) runs `connections` loops, each sending its next request as soon as the previous
 * answer arrived, over keep-alive sockets on loopback, for `seconds`. Every latency is kept, so
 * the percentiles are exact. On a shared machine the server's CPU time per request is the steadier
 * figure: wall-clock rates fall with whatever else runs.
 */
import { execFile } from 'node:child_process';

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers other than the expected status, and socket errors. */
  errors: number;
  /** CPU time of this (the server's) process per request, in ms. */
  serverCpuMs: number;
}

const WORKER = `
const http = require('node:http');
const { origin, paths, connections, seconds, status, requests } = JSON.parse(process.env.GK_LOAD);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const url = new URL(origin);
const latencies = [];
let errors = 0;
let next = 0;
function once(path) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.request({ host: url.hostname, port: url.port, path, agent, method: 'GET' }, (res) => {
      res.on('data', () => {});
      res.on('end', () => { if (res.statusCode !== status) errors++; latencies.push(performance.now() - started); resolve(); });
    });
    req.on('error', () => { errors++; resolve(); });
    req.end();
  });
}
(async () => {
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until && (requests === null || next < requests)) await once(paths[next++ % paths.length]);
  }));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  process.stdout.write(JSON.stringify({ latencies, elapsed, errors }));
})();
`;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Sends GETs of `paths` (cycled) to `origin` from `connections` concurrent loops for `seconds` (or until `requests` were sent). */
export function load(origin: string, paths: readonly string[], options: { connections: number; seconds: number; status?: number; requests?: number }): Promise<LoadResult> {
  const env = { ...process.env, GK_LOAD: JSON.stringify({ origin, paths, connections: options.connections, seconds: options.seconds, status: options.status ?? 200, requests: options.requests ?? null }) };
  const cpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', WORKER], { env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const cpu = process.cpuUsage(cpuBefore);
      const message = JSON.parse(stdout) as { latencies: number[]; elapsed: number; errors: number };
      const sorted = Float64Array.from(message.latencies).sort();
      resolve({
        requests: sorted.length,
        seconds: message.elapsed,
        requestsPerSecond: sorted.length / message.elapsed,
        p50Ms: percentile(sorted, 50),
        p95Ms: percentile(sorted, 95),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
        errors: message.errors,
        serverCpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, sorted.length),
      });
    });
  });
}
