/**
 * The `gongkai` command run as a real child process (`node bin/gongkai.js …`), as a user would:
 * - `runGongkaiSync` / `runGongkai`: run to the end, return the exit status and the output;
 * - `runGongkaiOnce`: the same, with identical runs in a test file shared (each run starts the
 *   whole CLI under tsx: seconds on a loaded machine);
 * - `spawnGongkai`: a long-running command (`serve`), its output piped.
 * The child inherits the test's environment without DATABASE_URL and GONGKAI_DATA_DIR (so a
 * developer's database is never touched) and with NO_COLOR; `cleanEnv` starts from PATH alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessByStdio } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(REPO_ROOT, 'bin', 'gongkai.js');

export interface CliOptions {
  /** Variables for this run, over the inherited environment (or over PATH alone, with `cleanEnv`). */
  env?: Record<string, string>;
  /** Start from PATH alone instead of the test process's environment. */
  cleanEnv?: boolean;
  /** Working directory (default: the repository root). */
  cwd?: string;
  /** Milliseconds before the child is killed (default 90 s; none for `spawnGongkai`). */
  timeout?: number;
}

export interface CliResult {
  /** The exit code; null when the child was killed. */
  status: number | null;
  stdout: string;
  stderr: string;
}

function childEnv(options: CliOptions): NodeJS.ProcessEnv {
  if (options.cleanEnv) return { PATH: process.env.PATH ?? '', ...options.env };
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.DATABASE_URL;
  delete env.GONGKAI_DATA_DIR;
  return { ...env, ...options.env };
}

const spawnOptions = (options: CliOptions) => ({
  cwd: options.cwd ?? REPO_ROOT,
  env: childEnv(options),
  timeout: options.timeout,
  killSignal: 'SIGKILL' as const,
});

const RUN_TIMEOUT = 90_000;

export function runGongkaiSync(args: readonly string[], options: CliOptions = {}): CliResult {
  const run = spawnSync(process.execPath, [BIN, ...args], { ...spawnOptions({ timeout: RUN_TIMEOUT, ...options }), encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A command that keeps running (`serve`; no timeout unless given): stdin closed, stdout and stderr piped. */
export function spawnGongkai(args: readonly string[], options: CliOptions = {}): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [BIN, ...args], { ...spawnOptions(options), stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runGongkai(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawnGongkai(args, { timeout: RUN_TIMEOUT, ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

const runs = new Map<string, Promise<CliResult>>();

/** `runGongkai`, with identical calls (same arguments and options) sharing one run. */
export function runGongkaiOnce(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const key = JSON.stringify([args, options]);
  if (!runs.has(key)) runs.set(key, runGongkai(args, options));
  return runs.get(key)!;
}

/** The last line of an output: where the commands print their result. */
export const lastLine = (output: string): string | undefined => output.trimEnd().split('\n').at(-1);
