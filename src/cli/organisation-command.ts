/**
 * What the record commands run with `--org CODE` share (`items import`, `applications import|list`,
 * `report tables`): open the database from the environment (GONGKAI_DATA_DIR or DATABASE_URL),
 * refuse an unmigrated one, find the organisation by code, and turn refusals into a Chinese message
 * on stderr with exit 2. An import refused line by line prints each line with its reason.
 */
import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { pendingMigrations } from '../db/migrations/index.ts';
import { databaseOptionsFromEnv, openDatabase } from '../db/open-database.ts';
import type { OpenedDatabase } from '../db/open-database.ts';
import type { Database } from '../db/schema.ts';
import { findOrganisationByCode } from '../domains/accounts/index.ts';
import type { Organisation } from '../domains/accounts/index.ts';
import { isDomainError } from '../domains/shared/errors.ts';
import type { DomainError } from '../domains/shared/errors.ts';

/** Exit code 2 with `错误：message` on stderr. */
export function refuse(message: string): void {
  console.error(`错误：${message}`);
  process.exitCode = 2;
}

/** The bytes of an input file, or undefined after refusing with the reason it could not be read. */
export async function readInputFile(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    refuse(`无法读取文件 ${file}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`);
    return undefined;
  }
}

/** An import refused as a whole: its problems carry their line as `line-N` fields. */
function printImportProblems(error: DomainError): void {
  for (const { field, message } of error.fields) {
    const line = Number(/^line-(\d+)$/.exec(field)?.[1] ?? 0);
    console.error(line > 0 ? `第${line}行：${message}` : message);
  }
  refuse(`${error.userMessage}（${error.fields.length} 处错误）`);
}

/** Runs with the database from the environment, refusing one that is not migrated. */
export async function withDatabase(run: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  let opened: OpenedDatabase;
  try {
    opened = openDatabase(databaseOptionsFromEnv());
  } catch (error) {
    return refuse((error as Error).message);
  }
  try {
    if ((await pendingMigrations(opened.db)).length > 0) return refuse('数据库尚未迁移，请先运行 gongkai migrate。');
    await run(opened.db);
  } catch (error) {
    if (isDomainError(error) && error.code.endsWith('.import_refused')) return printImportProblems(error);
    if (isDomainError(error) && error.kind !== 'conflict') return refuse(error.userMessage);
    throw error;
  } finally {
    await opened.close();
  }
}

export async function withOrganisation(orgCode: string | undefined, run: (db: Kysely<Database>, organisation: Organisation) => Promise<void>): Promise<void> {
  if (!orgCode) return refuse('缺少参数：--org');
  await withDatabase(async (db) => {
    const organisation = await findOrganisationByCode(db, orgCode);
    if (!organisation) return refuse(`未找到机构代码“${orgCode}”。`);
    await run(db, organisation);
  });
}
