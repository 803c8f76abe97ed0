import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchedLogStream } from '../../src/web/http/log-batching.ts';
import { describeEachDialect } from '../support/databases.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer } from './support/server.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const nextTurn = () => new Promise((done) => setImmediate(done));

describe('request log lines are written together, once per turn of the event loop', () => {
  it('gathers the lines of one turn into one write, in order', async () => {
    const writes: string[] = [];
    const stream = batchedLogStream({ write: (text) => void writes.push(text) });
    try {
      stream.write('one\n');
      stream.write('two\n');
      stream.write('three\n');
      expect(writes).toEqual([]);
      await nextTurn();
      expect(writes).toEqual(['one\ntwo\nthree\n']);
      stream.write('four\n');
      await nextTurn();
      expect(writes).toEqual(['one\ntwo\nthree\n', 'four\n']);
    } finally {
      stream.end();
    }
  });

  it('ending writes what is gathered at once, then every later line directly, and leaves no exit listener', async () => {
    const listeners = process.listenerCount('exit');
    const writes: string[] = [];
    const stream = batchedLogStream({ write: (text) => void writes.push(text) });
    expect(process.listenerCount('exit')).toBe(listeners + 1);
    stream.write('gathered\n');
    stream.end();
    expect(writes).toEqual(['gathered\n']);
    stream.write('after\n');
    expect(writes).toEqual(['gathered\n', 'after\n']);
    expect(process.listenerCount('exit')).toBe(listeners);
  });

  it('loses no line when the process exits in the turn that logged it (standard output, the default)', () => {
    const module = pathToFileURL(join(REPO_ROOT, 'src/web/http/log-batching.ts')).href;
    const script = `const { batchedLogStream } = await import(${JSON.stringify(module)});
const stream = batchedLogStream();
for (let i = 1; i <= 3; i++) stream.write('{"msg":"request","n":' + i + '}\\n');
process.exit(0);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"msg":"request","n":1}\n{"msg":"request","n":2}\n{"msg":"request","n":3}\n');
  });
});

describeEachDialect('web: request log lines survive closing the app', (t) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock());
  });
  afterAll(async () => server?.close());

  it('every request answered before close has its line, and closing leaves no exit listener behind', async () => {
    const listeners = process.listenerCount('exit');
    const client = new Client(server.baseUrl);
    const paths = ['/', '/no-such-page', '/api/v1/organisations'];
    await Promise.all(paths.map((path) => client.get(path)));
    await server.close();
    const lines = server.logs.join('').split('\n').filter((line) => line.includes('"msg":"request"'));
    for (const path of paths) expect(lines.filter((line) => line.includes(`"path":"${path}"`)), path).toHaveLength(1);
    expect(process.listenerCount('exit')).toBe(listeners - 1);
  });
});
