import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Clock } from '../shared/clock.ts';
import { createOrganisation } from './commands/create-organisation.ts';
import { createUser } from './commands/create-user.ts';
import type { OrganisationKind } from './organisation-kinds.ts';
import { generatePassword } from './passwords.ts';
import { ROLE_LABELS } from './roles.ts';
import type { Role } from './roles.ts';
import type { CommandContext, Organisation } from './types.ts';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** The roles' Chinese labels, joined with 、 */
  roleLabel: string;
  organisationCode: string;
  organisationName: string;
  /** Generated at random; print it once, it is stored only as a hash. */
  password: string;
}

export interface DemoSeedResult {
  /** False when the database already had organisations (nothing was written). */
  seeded: boolean;
  organisations: Organisation[];
  accounts: DemoAccount[];
}

export const DEMO_ORGANISATIONS: readonly { code: string; name: string; kind: OrganisationKind; parent?: string }[] = [
  { code: 'yichuan', name: '伊川县人民政府', kind: 'county_government' },
  { code: 'yichuan-shuizhai', name: '水寨镇人民政府', kind: 'township', parent: 'yichuan' },
  { code: 'yichuan-jiaoyu', name: '伊川县教育局', kind: 'department', parent: 'yichuan' },
  { code: 'yichuan-caizheng', name: '伊川县财政局', kind: 'department', parent: 'yichuan' },
];

/**
 * One account per role at the county government (the supervisor sees the whole county), and the
 * township's disclosure office as it usually is: one clerk holding the drafting and handling roles,
 * and the leader who reviews, checks secrecy and signs off (nobody approves their own work).
 */
export const DEMO_USERS: readonly { username: string; displayName: string; roles: readonly Role[]; organisation: string }[] = [
  { username: 'admin', displayName: '王管理', roles: ['sysadmin'], organisation: 'yichuan' },
  { username: 'publisher', displayName: '李发布', roles: ['publisher'], organisation: 'yichuan' },
  { username: 'reviewer', displayName: '张审核', roles: ['reviewer'], organisation: 'yichuan' },
  { username: 'secrecy', displayName: '赵保密', roles: ['secrecyReviewer'], organisation: 'yichuan' },
  { username: 'handler', displayName: '刘承办', roles: ['caseHandler'], organisation: 'yichuan' },
  { username: 'leader', displayName: '陈领导', roles: ['leader'], organisation: 'yichuan' },
  { username: 'supervisor', displayName: '周监督', roles: ['supervisor'], organisation: 'yichuan' },
  { username: 'shuizhai', displayName: '孙公开', roles: ['publisher', 'caseHandler'], organisation: 'yichuan-shuizhai' },
  { username: 'shuizhai-leader', displayName: '吴镇长', roles: ['reviewer', 'secrecyReviewer', 'leader'], organisation: 'yichuan-shuizhai' },
];

/**
 * The demo: 伊川县人民政府 with 水寨镇 and two county departments, one user per role with a random
 * password (returned so the caller prints it once). Idempotent: does nothing when any organisation
 * exists. Everything is written in one transaction.
 */
export async function seedDemo(db: Kysely<Database>, clock: Clock): Promise<DemoSeedResult> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
    if (existing) return { seeded: false, organisations: [], accounts: [] };
    const ctx: CommandContext = { actor: 'system', clock, ip: null };
    const byCode = new Map<string, Organisation>();
    for (const spec of DEMO_ORGANISATIONS) {
      const parentId = spec.parent ? byCode.get(spec.parent)?.id : undefined;
      byCode.set(spec.code, await createOrganisation(trx, ctx, { code: spec.code, name: spec.name, kind: spec.kind, parentId }));
    }
    const accounts: DemoAccount[] = [];
    for (const spec of DEMO_USERS) {
      const organisation = byCode.get(spec.organisation);
      if (!organisation) throw new Error(`demo organisation ${spec.organisation} missing`);
      const password = generatePassword();
      await createUser(trx, ctx, {
        username: spec.username,
        displayName: spec.displayName,
        password,
        roles: spec.roles.map((role) => ({ organisationId: organisation.id, role })),
      });
      accounts.push({
        username: spec.username,
        displayName: spec.displayName,
        roles: [...spec.roles],
        roleLabel: spec.roles.map((role) => ROLE_LABELS[role]).join('、'),
        organisationCode: organisation.code,
        organisationName: organisation.name,
        password,
      });
    }
    return { seeded: true, organisations: [...byCode.values()], accounts };
  });
}
