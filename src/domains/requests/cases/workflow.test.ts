import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { APP_CLOCK, buildApplicationOffice, registerTestApplication } from '../../../../test/support/application-factories.ts';
import {
  approveExtension, assignHandler, confirmOnlineApplication, decideApplication, draftReplyLetter, getCaseForActor,
  lookupApplicationStatus, receiveCorrection, recordDelivery, requestCorrection, requestExtension, reviewLetter,
  sendReplyLetter, startConsultation, answerConsultation, submitOnlineApplication, computeApplicationTables,
} from '../index.ts';

describeEachDialect('applications: a case end to end', (t) => {
  it('online intake → 补正 → consultation → extension → 部分公开 → letter → table 三', async () => {
    const office = await buildApplicationOffice(t.db);
    const citizen = { actor: 'system' as const, clock: APP_CLOCK };
    const submitted = await submitOnlineApplication(t.db, citizen, {
      organisationId: office.organisation.id, applicantType: 'natural', applicantName: '李四', applicantIdNumber: '410329198812120011',
      applicantContact: 'lisi@example.cn', description: '本镇2025年低保名单及审批文件', deliveryForm: 'electronic', deliveryWay: 'email',
      requests: ['本镇2025年低保名单', '低保审批文件'],
    });
    expect(submitted.case.status).toBe('awaitingConfirmation');
    const received = await confirmOnlineApplication(t.db, citizen, { caseId: submitted.caseId, draftToken: submitted.draftToken });
    expect(received.receivedOn).toBe('2026-11-20');
    expect(received.number).toMatch(/^YSQ2026\d{5}$/);
    expect(received.queryCode).toHaveLength(10);

    // Move the office's "today" forward for the later steps.
    const later = { now: () => new Date(Date.UTC(2027, 1, 26, 2)) };
    const h = { actor: office.handler, clock: later };
    let c = received.case;
    c = (await assignHandler(t.db, { actor: office.leader, clock: later }, { caseId: c.id, version: c.version, handlerUserId: office.handler.userId })).case;
    expect(c.status).toBe('inProgress');
    c = (await requestCorrection(t.db, h, { caseId: c.id, version: c.version, sentOn: '2026-11-24', correctionDueOn: '2026-12-04', items: '请写明低保名单所属的村' })).case;
    expect(c.status).toBe('awaitingCorrection');
    expect(c.dueOn).toBeNull();
    c = (await receiveCorrection(t.db, h, { caseId: c.id, version: c.version, receivedOn: '2026-11-30' })).case;
    expect(c.dueOn).toBe('2026-12-28');
    const consulted = await startConsultation(t.db, h, { caseId: c.id, version: c.version, party: 'thirdParty', partyName: '王五', question: '是否同意公开', sentOn: '2026-12-01' });
    c = consulted.case;
    expect(c.status).toBe('consulting');
    c = (await answerConsultation(t.db, h, { caseId: c.id, version: c.version, consultationId: consulted.result, repliedOn: '2026-12-08', opinion: 'object', summary: '不同意公开个人信息' })).case;
    c = (await requestExtension(t.db, h, { caseId: c.id, version: c.version, workdays: 10, reason: '需要区分处理', requestedOn: '2026-12-20' })).case;
    c = (await approveExtension(t.db, { actor: office.leader, clock: later }, { caseId: c.id, version: c.version, decidedOn: '2026-12-21' })).case;
    expect(c.extensionWorkdays).toBe(10);
    const view = await getCaseForActor(t.db, office.handler, c.id, later);
    expect(view.explanation).toContain('第三十三条第二款');
    c = (await decideApplication(t.db, h, {
      caseId: c.id, version: c.version, decidedOn: '2027-01-05',
      items: [{ itemId: view.items[0]!.id, outcome: 'withheldThirdPartyRights' }, { itemId: view.items[1]!.id, outcome: 'disclosed' }],
    })).case;
    expect(c.outcome).toBe('partiallyDisclosed');
    const drafted = await draftReplyLetter(t.db, h, { caseId: c.id, version: c.version });
    const reviewed = await reviewLetter(t.db, { actor: office.leader, clock: later }, { letterId: drafted.result.letterId, version: 1, approve: true });
    expect(reviewed.status).toBe('approved');
    const sent = await sendReplyLetter(t.db, h, { letterId: drafted.result.letterId, sentOn: '2027-01-06', deliveryWay: 'email' });
    expect(sent.case.status).toBe('closed');
    expect(sent.case.closedOn).toBe('2027-01-06');
    await recordDelivery(t.db, h, { letterId: drafted.result.letterId, deliveredOn: '2027-01-07' });

    const status = await lookupApplicationStatus(t.db, { number: received.number, queryCode: received.queryCode.toLowerCase() });
    expect(status.status).toBe('closed');
    expect(status.letters.map((l) => l.kind)).toContain('reply');
    const t2026 = await computeApplicationTables(t.db, office.organisation.id, 2026);
    expect(t2026.applications.newReceived.natural).toBe(1);
    expect(t2026.applications.carriedForward.natural).toBe(1);
    const t2027 = await computeApplicationTables(t.db, office.organisation.id, 2027);
    expect(t2027.applications.carriedOver.total).toBe(1);
    expect(t2027.applications.partial.natural).toBe(1);
    expect(t2027.applications.carriedForward.total).toBe(0);
  });

  it('registers an in-person application on the day it was handed in', async () => {
    const office = await buildApplicationOffice(t.db);
    const r = await registerTestApplication(t.db, office.handler, office.organisation, { arrivedOn: '2026-11-02' });
    expect(r.receivedOn).toBe('2026-11-02');
    expect(r.dueOn).toBe('2026-11-30');
  });
});
