import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { seedDemo } from '../domains/accounts/index.ts';
import type { DemoSeedResult } from '../domains/accounts/index.ts';
import type { Clock } from '../domains/shared/clock.ts';
import { seedRegistersDemo } from '../domains/requests/registers/index.ts';
import { seedAnnualReportsDemo } from '../domains/annual-reports/index.ts';
import { seedPublishingDemo } from '../domains/publishing/index.ts';
import { seedApplicationsDemo } from '../domains/requests/index.ts';

/**
 * A domain's demo data, written after the demo organisations and accounts exist (and only on the
 * run that created them). Each seeder writes in its own transaction(s).
 */
export type DemoSeeder = (db: Kysely<Database>, clock: Clock, accounts: DemoSeedResult) => Promise<void>;

/** Every domain's demo seeder, in dependency order: a later one may read what an earlier wrote. */
const DEMO_SEEDERS: readonly DemoSeeder[] = [
  seedPublishingDemo,
  seedApplicationsDemo,
  seedRegistersDemo,
  seedAnnualReportsDemo,
];

/** The whole demo: organisations and accounts, then each domain's records. Idempotent. */
export async function seedDemoData(db: Kysely<Database>, clock: Clock): Promise<DemoSeedResult> {
  const accounts = await seedDemo(db, clock);
  if (accounts.seeded) for (const seeder of DEMO_SEEDERS) await seeder(db, clock, accounts);
  return accounts;
}
