/**
 * The platform commands run as real child processes, as an operator would: `migrate`, `seed --demo`,
 * `user create`, `backup`, `restore`, on SQLite in a temporary GONGKAI_DATA_DIR (and `migrate` and
 * `seed` on PostgreSQL in a fresh schema when DIALECTS includes postgres).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.ts';
import { signIn } from '../../src/domains/accounts/index.ts';
import { systemClock } from '../../src/domains/shared/clock.ts';
import { DomainError } from '../../src/domains/shared/errors.ts';
import { runGongkaiSync } from '../support/cli.ts';
import { dialectsUnderTest, TEST_POSTGRES_URL } from '../support/databases.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-platform-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const gongkai = (env: Record<string, string>, ...args: string[]) => runGongkaiSync(args, { env, cwd: work });

/** `username  password  label…` lines printed by `seed --demo`. */
function demoPasswords(stdout: string): Map<string, string> {
  return new Map([...stdout.matchAll(/^\s+([a-z-]+)\s+(\S+)\s+\S+（/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * Whether the credentials sign in: false only when sign-in refuses them as wrong. Any other error
 * (no database, no tables, a broken restore) is thrown, so `toBe(false)` cannot pass by accident.
 */
async function canSignIn(dataDir: string, username: string, password: string): Promise<boolean> {
  const opened = openDatabase({ dataDir });
  try {
    await signIn(opened.db, { username, password }, systemClock);
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'accounts.invalid_credentials') return false;
    throw error;
  } finally {
    await opened.close();
  }
}

// Each child process starts tsx and the whole CLI: seconds apiece on a busy 2-core machine.
describe('gongkai platform commands on SQLite', { timeout: 240_000 }, () => {
  const dataDir = join(work, 'data');
  const env = { GONGKAI_DATA_DIR: dataDir };
  let passwords = new Map<string, string>();

  it('migrate creates the database file, then reports nothing to do', () => {
    const first = gongkai(env, 'migrate');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已执行迁移：2026-11-28-accounts');
    expect(existsSync(join(dataDir, 'gongkai.db'))).toBe(true);
    const second = gongkai(env, 'migrate');
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('无需迁移');
  });

  it('seed --demo prints one account per role with a working password, once', async () => {
    const run = gongkai(env, 'seed', '--demo');
    expect(run.status).toBe(0);
    passwords = demoPasswords(run.stdout);
    expect([...passwords.keys()]).toEqual(['admin', 'publisher', 'reviewer', 'secrecy', 'handler', 'leader', 'supervisor', 'shuizhai', 'shuizhai-leader']);
    for (const label of ['系统管理员', '信息发布员', '审核员', '保密审查员', '依申请承办人', '分管领导', '上级监督员']) expect(run.stdout).toContain(label);
    expect(await canSignIn(dataDir, 'supervisor', passwords.get('supervisor')!)).toBe(true);
    const again = gongkai(env, 'seed', '--demo');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('数据库中已有机构，未写入演示数据');
    expect(gongkai(env, 'seed').status).toBe(2);
  });

  it('user create: generated password printed once; bad arguments exit 2 with a Chinese message', async () => {
    const run = gongkai(env, 'user', 'create', '--username', 'zhangsan', '--name', '张三', '--org', 'yichuan-shuizhai', '--role', 'publisher');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已创建用户 zhangsan（张三），水寨镇人民政府 · 信息发布员');
    const password = /初始密码：(\S+)/.exec(run.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await canSignIn(dataDir, 'zhangsan', password!)).toBe(true);

    const given = gongkai(env, 'user', 'create', '--username', 'lisi', '--name', '李四', '--org', 'yichuan', '--role', '审核员', '--password', 'given-pass-123');
    expect(given.status).toBe(0);
    expect(given.stdout).not.toContain('初始密码');
    expect(await canSignIn(dataDir, 'lisi', 'given-pass-123')).toBe(true);

    const cases: [string[], RegExp][] = [
      [['--username', 'wangwu', '--name', '王五', '--org', 'yichuan', '--role', 'emperor'], /未知角色“emperor”/],
      [['--username', 'wangwu'], /缺少参数：--name、--org、--role/],
      [['--username', 'zhangsan', '--name', '重名', '--org', 'yichuan', '--role', 'publisher'], /用户名（--username）：该用户名已被使用/],
    ];
    for (const [args, message] of cases) {
      const failed = gongkai(env, 'user', 'create', ...args);
      expect(failed.status, args.join(' ')).toBe(2);
      expect(failed.stderr).toMatch(message);
    }
  });

  it('backup writes one self-contained file and refuses to overwrite', () => {
    const target = join(work, 'backups', 'b1.db');
    const run = gongkai(env, 'backup', target);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已备份');
    expect(readdirSync(join(work, 'backups'))).toEqual(['b1.db']);
    const again = gongkai(env, 'backup', target);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('目标文件已存在');
  });

  it('restore validates the file, keeps the current database, and brings the backup back', async () => {
    gongkai(env, 'user', 'create', '--username', 'afterbackup', '--name', '备份后', '--org', 'yichuan', '--role', 'leader', '--password', 'after-backup-1');
    expect(await canSignIn(dataDir, 'afterbackup', 'after-backup-1')).toBe(true);

    const junk = join(work, 'junk.db');
    writeFileSync(junk, 'this is not a database');
    const refused = gongkai(env, 'restore', junk);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('不是有效的 SQLite 数据库文件');
    const foreign = join(work, 'foreign.db');
    new SqliteDatabase(foreign).exec('create table notes (x text)').close();
    expect(gongkai(env, 'restore', foreign).stderr).toContain('不是 gongkai 数据库的备份');

    const run = gongkai(env, 'restore', join(work, 'backups', 'b1.db'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/原数据库已另存为 .*gongkai\.db\.before-restore-/);
    expect(await canSignIn(dataDir, 'afterbackup', 'after-backup-1')).toBe(false);
    expect(await canSignIn(dataDir, 'admin', passwords.get('admin')!)).toBe(true);
    const copy = readdirSync(dataDir).find((name) => name.startsWith('gongkai.db.before-restore-'));
    expect(copy).toBeDefined();
  });

  it('restore refuses while the database is open elsewhere', () => {
    const live = new SqliteDatabase(join(dataDir, 'gongkai.db'));
    try {
      live.pragma('journal_mode = WAL');
      live.prepare('select count(*) from users').get();
      const run = gongkai(env, 'restore', join(work, 'backups', 'b1.db'));
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('数据库似乎正在使用');
    } finally {
      live.close();
    }
  });

  it('points to pg_dump / pg_restore on PostgreSQL and rejects a bad DATABASE_URL', () => {
    const pgEnv = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    const backup = gongkai(pgEnv, 'backup', join(work, 'x.dump'));
    expect(backup.status).toBe(2);
    expect(backup.stderr).toContain('pg_dump');
    const restore = gongkai(pgEnv, 'restore', join(work, 'x.dump'));
    expect(restore.status).toBe(2);
    expect(restore.stderr).toContain('pg_restore');
    const bad = gongkai({ DATABASE_URL: 'mysql://localhost/db' }, 'migrate');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('DATABASE_URL 必须以 postgres:// 开头');
  });
});

describe.runIf(dialectsUnderTest().includes('postgres'))('gongkai platform commands on PostgreSQL', { timeout: 240_000 }, () => {
  const schema = `gk_cli_${randomBytes(5).toString('hex')}`;
  const env = { DATABASE_URL: `${TEST_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` };
  const admin = () => new pg.Client({ connectionString: TEST_POSTGRES_URL });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  });

  it('migrate and seed --demo work through DATABASE_URL', async () => {
    const client = admin();
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const migrate = gongkai(env, 'migrate');
    expect(migrate.stderr).toBe('');
    expect(migrate.status).toBe(0);
    const seed = gongkai(env, 'seed', '--demo');
    expect(seed.status).toBe(0);
    expect(demoPasswords(seed.stdout).size).toBe(9);
    const user = gongkai(env, 'user', 'create', '--username', 'pguser', '--name', '数据库', '--org', 'yichuan-jiaoyu', '--role', 'caseHandler');
    expect(user.status).toBe(0);
    expect(user.stdout).toContain('伊川县教育局 · 依申请承办人');
  });

  it('org create bootstraps a real installation: a root, then an organisation below it', () => {
    const root = gongkai(env, 'org', 'create', '--code', 'luoyang', '--name', '洛阳市人民政府', '--kind', 'city_government');
    expect(root.stderr).toBe('');
    expect(root.stdout).toContain('已创建机构 洛阳市人民政府（代码 luoyang，市级人民政府）');
    const child = gongkai(env, 'org', 'create', '--code', 'luoyang-jiaoyu', '--name', '洛阳市教育局', '--kind', '政府工作部门', '--parent', 'luoyang');
    expect(child.status).toBe(0);
    expect(child.stdout).toContain('上级：洛阳市人民政府');
    const bad = gongkai(env, 'org', 'create', '--code', 'luoyang', '--name', '重复', '--kind', 'township', '--parent', 'nowhere');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未找到上级机关代码“nowhere”');
  });
});
