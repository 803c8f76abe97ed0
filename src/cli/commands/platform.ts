import type { Command } from 'commander';
import { databaseOptionsFromEnv, isPostgresUrl, openDatabase, sqliteFileFor } from '../../db/open-database.ts';
import type { OpenedDatabase } from '../../db/open-database.ts';
import { migrateToLatest, pendingMigrations } from '../../db/migrations/index.ts';
import { backupSqlite, BackupError, restoreSqlite } from '../../db/sqlite-backup.ts';
import {
  createOrganisation,
  createUser,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  findOrganisationByCode,
  generatePassword,
  ROLE_LABELS,
  ROLES,
  seedOrganisations,
} from '../../domains/accounts/index.ts';
import type { DemoAccount, Role } from '../../domains/accounts/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { seedDemoData } from '../demo.ts';
import { isDomainError } from '../../domains/shared/errors.ts';

/**
 * Platform commands: `migrate`, `seed --demo`, `user create`, `backup FILE`, `restore FILE`.
 * Configuration from the environment: DATABASE_URL (postgres://…) or GONGKAI_DATA_DIR (SQLite,
 * default data/). Exit codes: 0 done, 2 bad arguments or refused, 1 unexpected failure.
 */
export function registerPlatformCommands(program: Command): void {
  program
    .command('migrate')
    .description('将数据库迁移到最新结构（SQLite 或 DATABASE_URL 指定的 PostgreSQL）')
    .action(() =>
      withDatabase(async ({ db }) => {
        const applied = await migrateToLatest(db);
        console.log(applied.length > 0 ? `已执行迁移：${applied.join('、')}` : '数据库已是最新结构，无需迁移。');
      }),
    );

  program
    .command('seed')
    .description('写入演示数据（伊川县人民政府及下属机构，每个角色一个账号）')
    .option('--demo', '写入演示机构和账号（数据库中已有机构时不做任何事）')
    .option('--organisations <n>', '为性能测试批量添加 n 个机构')
    .action((options: { demo?: boolean; organisations?: string }) => {
      if (!options.demo && options.organisations === undefined) return usageError('请指定 --demo（演示数据）或 --organisations <n>（批量机构）。');
      const count = options.organisations === undefined ? 0 : Number(options.organisations);
      if (!Number.isInteger(count) || count < 0 || count > 100_000) return usageError('--organisations 须为 0 至 100000 之间的整数。');
      return withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        if (options.demo) {
          const demo = await seedDemoData(db, systemClock);
          if (demo.seeded) printDemoAccounts(demo.accounts);
          else console.log('数据库中已有机构，未写入演示数据。');
        }
        if (count > 0) console.log(`已添加 ${await seedOrganisations(db, count, systemClock)} 个机构。`);
      });
    });

  const org = program.command('org').description('机构管理');
  org
    .command('create')
    .description('新建机构（不指定 --parent 时为顶级机构，用于首次部署）')
    .option('--code <code>', '机构代码（2至64位小写字母、数字或连字符），例如 yichuan')
    .option('--name <name>', '机构名称，例如 伊川县人民政府')
    .option('--kind <kind>', `机构类型：${ORGANISATION_KINDS.map((k) => `${k}（${ORGANISATION_KIND_LABELS[k]}）`).join('、')}`)
    .option('--parent <code>', '上级机关的机构代码')
    .action((options: { code?: string; name?: string; kind?: string; parent?: string }) => {
      const missing = [
        ['--code', options.code],
        ['--name', options.name],
        ['--kind', options.kind],
      ].filter(([, value]) => !value);
      if (missing.length > 0) return usageError(`缺少参数：${missing.map(([flag]) => flag).join('、')}`);
      const kind = ORGANISATION_KINDS.find((k) => k === options.kind || ORGANISATION_KIND_LABELS[k] === options.kind);
      if (!kind) {
        return usageError(`未知机构类型“${options.kind}”。可用类型：${ORGANISATION_KINDS.map((k) => `${k}（${ORGANISATION_KIND_LABELS[k]}）`).join('、')}`);
      }
      return withDatabase(async ({ db }) => {
        if ((await pendingMigrations(db)).length > 0) return usageError('数据库尚未迁移，请先运行 gongkai migrate。');
        const parent = options.parent === undefined ? undefined : await findOrganisationByCode(db, options.parent);
        if (options.parent !== undefined && !parent) return usageError(`未找到上级机关代码“${options.parent}”。`);
        const created = await createOrganisation(
          db,
          { actor: 'system', clock: systemClock, ip: null },
          { code: options.code ?? '', name: options.name ?? '', kind, parentId: parent?.id },
        );
        console.log(`已创建机构 ${created.name}（代码 ${created.code}，${ORGANISATION_KIND_LABELS[kind]}${parent ? `，上级：${parent.name}` : ''}）`);
      });
    });

  const user = program.command('user').description('用户管理');
  user
    .command('create')
    .description('新建用户并在一个机构中分配角色')
    .option('--username <username>', '用户名（3至32位小写字母、数字或 _ . -）')
    .option('--name <name>', '姓名')
    .option('--org <code>', '机构代码，例如 yichuan')
    .option('--role <role>', `角色：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`)
    .option('--password <password>', '初始密码（不填则随机生成并显示一次）')
    .option('--must-change-password', '首次登录须修改密码')
    .action((options: { username?: string; name?: string; org?: string; role?: string; password?: string; mustChangePassword?: boolean }) => {
      const missing = [
        ['--username', options.username],
        ['--name', options.name],
        ['--org', options.org],
        ['--role', options.role],
      ].filter(([, value]) => !value);
      if (missing.length > 0) return usageError(`缺少参数：${missing.map(([flag]) => flag).join('、')}`);
      const role = parseRole(options.role ?? '');
      if (!role) return usageError(`未知角色“${options.role}”。可用角色：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`);
      return withDatabase(async ({ db }) => {
        if ((await pendingMigrations(db)).length > 0) return usageError('数据库尚未迁移，请先运行 gongkai migrate。');
        const organisation = await findOrganisationByCode(db, options.org ?? '');
        if (!organisation) return usageError(`未找到机构代码“${options.org}”。`);
        const password = options.password ?? generatePassword();
        const created = await createUser(
          db,
          { actor: 'system', clock: systemClock, ip: null },
          {
            username: options.username ?? '',
            displayName: options.name ?? '',
            password,
            mustChangePassword: options.mustChangePassword ?? false,
            roles: [{ organisationId: organisation.id, role }],
          },
        );
        console.log(`已创建用户 ${created.username}（${created.displayName}），${organisation.name} · ${ROLE_LABELS[role]}`);
        if (!options.password) console.log(`初始密码：${password}  （只显示这一次，请妥善转交）`);
      });
    });

  program
    .command('backup')
    .argument('<file>', '备份文件路径（不得已存在）')
    .description('在线备份 SQLite 数据库（服务运行时也可执行）')
    .action((file: string) => {
      const options = databaseOptionsFromEnv();
      if (isPostgresUrl(options.databaseUrl)) {
        return usageError('当前使用 PostgreSQL（DATABASE_URL）。请使用 PostgreSQL 自带的工具备份，例如：\n  pg_dump --format=custom --file=gongkai.dump "$DATABASE_URL"');
      }
      return handled(async () => {
        const source = sqliteFileFor(options);
        const size = await backupSqlite(source, file);
        console.log(`已备份 ${source} → ${file}（${(size / 1024).toFixed(0)} KB）`);
      });
    });

  program
    .command('restore')
    .argument('<file>', '由 gongkai backup 生成的备份文件')
    .option('--force', '即使检测到数据库可能正在使用也继续（请确认服务已停止）')
    .description('从备份恢复 SQLite 数据库（先停止服务；当前数据库会先另存一份）')
    .action((file: string, flags: { force?: boolean }) => {
      const options = databaseOptionsFromEnv();
      if (isPostgresUrl(options.databaseUrl)) {
        return usageError('当前使用 PostgreSQL（DATABASE_URL）。请使用 pg_restore 恢复，例如：\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" gongkai.dump');
      }
      return handled(async () => {
        const target = sqliteFileFor(options);
        const result = await restoreSqlite(file, target, { force: flags.force ?? false });
        if (result.previousCopy) console.log(`原数据库已另存为 ${result.previousCopy}`);
        console.log(`已从 ${file} 恢复到 ${target}（${result.organisations} 个机构，${result.users} 个用户）。`);
        if (result.pending.length > 0) console.log(`该备份来自较早版本，请运行 gongkai migrate（待执行：${result.pending.join('、')}）。`);
      });
    });
}

function parseRole(value: string): Role | undefined {
  return ROLES.find((role) => role === value || role.toLowerCase() === value.toLowerCase() || ROLE_LABELS[role] === value);
}

function printDemoAccounts(accounts: DemoAccount[]): void {
  console.log('已写入演示数据。演示账号（密码只显示这一次）：');
  const width = Math.max(...accounts.map((a) => a.username.length));
  for (const account of accounts) {
    console.log(`  ${account.username.padEnd(width)}  ${account.password}  ${account.roleLabel}（${account.organisationName}，${account.displayName}）`);
  }
}

/** The domain's field names, as a person at the command line knows them: the label and the flag. */
const FIELD_LABELS: Record<string, string> = {
  username: '用户名（--username）',
  displayName: '姓名（--name）',
  password: '密码（--password）',
  newPassword: '新密码',
  code: '机构代码（--code）',
  name: '机构名称（--name）',
  kind: '机构类型（--kind）',
  parentId: '上级机关（--parent）',
  organisationId: '机构（--org）',
  role: '角色（--role）',
  roles: '角色（--role）',
  userId: '用户',
};

export function fieldLabel(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  return FIELD_LABELS[field] ?? FIELD_LABELS[last] ?? '填写内容';
}

function usageError(message: string): void {
  console.error(`错误：${message}`);
  process.exitCode = 2;
}

/** Refusals the user can fix (DomainError invalid/not found, BackupError, bad config) exit 2. */
async function handled(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    if (isDomainError(error) && error.kind !== 'conflict') {
      usageError(error.fields.length > 0 ? `${error.userMessage}\n${error.fields.map((f) => `  ${fieldLabel(f.field)}：${f.message}`).join('\n')}` : error.userMessage);
    } else if (error instanceof BackupError) {
      usageError(error.message);
    } else {
      throw error;
    }
  }
}

async function withDatabase(fn: (opened: OpenedDatabase) => Promise<void>): Promise<void> {
  let opened: OpenedDatabase;
  try {
    opened = openDatabase(databaseOptionsFromEnv());
  } catch (error) {
    return usageError((error as Error).message);
  }
  try {
    await handled(() => fn(opened));
  } finally {
    await opened.close();
  }
}
