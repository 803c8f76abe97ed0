import type { Command } from 'commander';
import { migrateToLatest } from '../../db/index.ts';
import { seedDemoData } from '../demo.ts';
import type { DemoAccount } from '../../domains/accounts/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { buildApp } from '../../web/app.ts';
import { ConfigError, loadConfig } from '../../web/config.ts';
import type { Config } from '../../web/config.ts';
import { buildServices } from '../../web/services.ts';
import type { Services } from '../../web/services.ts';

/**
 * `gongkai serve [--demo]`: the composition root. Loads the configuration (bad → message, exit 2,
 * nothing started), opens and migrates the database, seeds the demo when asked and the database is
 * empty (printing the accounts once), builds the app, listens, and shuts down cleanly on
 * SIGTERM/SIGINT (server first, then the database).
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('启动网站：政府信息公开门户与管理后台（HOST、PORT、DATABASE_URL、GONGKAI_DATA_DIR 等见 README）')
    .option('--demo', '数据库为空时写入演示数据（伊川县），并打印演示账号和密码（只打印这一次）')
    .action((options: { demo?: boolean }) => serve({ demo: options.demo === true }));
}

function printDemoAccounts(accounts: readonly DemoAccount[]): void {
  const width = Math.max(...accounts.map((a) => a.username.length));
  console.log('已写入演示数据。演示账号如下（密码只显示这一次，请记下）：');
  for (const a of accounts) console.log(`  ${a.username.padEnd(width)}  ${a.password}  ${a.roleLabel}（${a.organisationName}，${a.displayName}）`);
}

async function serve(options: { demo: boolean }): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    console.error('服务未启动 (server not started).');
    process.exitCode = 2;
    return;
  }

  let services: Services;
  try {
    services = buildServices(config, systemClock);
    await migrateToLatest(services.db);
  } catch (error) {
    console.error(`无法打开或迁移数据库 (cannot open or migrate the database): ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return;
  }

  try {
    if (options.demo) {
      const demo = await seedDemoData(services.db, systemClock);
      if (demo.seeded) printDemoAccounts(demo.accounts);
    }
    const app = await buildApp(services, config);
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      app
        .close()
        .then(() => services.close())
        .then(() => {
          process.exitCode = 0;
        })
        .catch((error: unknown) => {
          console.error(error);
          process.exitCode = 1;
        });
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
    const address = await app.listen({ host: config.host, port: config.port });
    const shown = address.replace('://0.0.0.0', '://127.0.0.1').replace('://[::]', '://127.0.0.1');
    console.log(`网站已启动 (listening)：${shown}  管理后台：${shown}/admin`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') console.error(`端口 ${config.port} 已被占用 (port in use)：请设置 PORT 为其他端口。`);
    else if (code === 'EACCES') console.error(`无权监听端口 ${config.port} (permission denied)：请改用 1024 以上的端口。`);
    else console.error(`启动失败 (failed to start): ${error instanceof Error ? error.message : String(error)}`);
    await services.close().catch(() => undefined);
    process.exitCode = 1;
  }
}
