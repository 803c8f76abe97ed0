/**
 * Factories for the applications domain: real rows through the real commands. Each test builds
 * its own organisation (accounts factories), so tests isolate by tenant.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';
import type { Actor, Organisation } from '../../src/domains/accounts/index.ts';
import { registerApplication } from '../../src/domains/requests/index.ts';
import type { RegisterApplicationInput } from '../../src/domains/requests/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import type { Clock } from '../../src/domains/shared/clock.ts';
import { buildActor, buildOrganisation } from './accounts-factories.ts';

/** "Today" for application tests: Friday 2026-11-20, 10:00 in Shanghai. */
export const APP_CLOCK: Clock = fixedClock('2026-11-20T02:00:00.000Z');

export interface ApplicationOffice {
  organisation: Organisation;
  handler: Actor;
  otherHandler: Actor;
  leader: Actor;
}

/** An organisation with two 依申请承办人 and a 分管领导. */
export async function buildApplicationOffice(db: Kysely<Database>, parent?: Organisation): Promise<ApplicationOffice> {
  const organisation = await buildOrganisation(db, parent ? { parent, kind: 'township' } : {});
  const [handler, otherHandler, leader] = await Promise.all([
    buildActor(db, [{ organisation, role: 'caseHandler' }], APP_CLOCK),
    buildActor(db, [{ organisation, role: 'caseHandler' }], APP_CLOCK),
    buildActor(db, [{ organisation, role: 'leader' }], APP_CLOCK),
  ]);
  return { organisation, handler, otherHandler, leader };
}

export function applicationInput(organisation: Organisation, overrides: Partial<RegisterApplicationInput> = {}): RegisterApplicationInput {
  return {
    organisationId: organisation.id,
    applicantType: 'natural',
    applicantName: '张三',
    applicantIdNumber: '410329199001011234',
    applicantContact: '13800000000，河南省伊川县水寨镇',
    description: '2025年水寨镇农村道路建设项目的招标文件',
    deliveryForm: 'paper',
    deliveryWay: 'post',
    channel: 'inPerson',
    arrivedOn: '2026-11-02',
    ...overrides,
  };
}

export function registerTestApplication(db: Kysely<Database>, actor: Actor, organisation: Organisation, overrides: Partial<RegisterApplicationInput> = {}) {
  return registerApplication(db, { actor, clock: APP_CLOCK }, applicationInput(organisation, overrides));
}
