import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { buildActor, buildCounty, buildOrganisation, TEST_CLOCK } from '../../../../test/support/accounts-factories.ts';
import { describeEachDialect } from '../../../../test/support/databases.ts';
import { DomainError } from '../../shared/errors.ts';
import {
  computeAppealsTable, consultationCountsForYear, getAppealForActor, importAppeals, ImportRefused, listAppeals, listAppealsBehindCell,
  listConsultations, recordAppeal, recordConsultation, updateAppeal, updateConsultation,
} from './index.ts';

// TEST_CLOCK is 2026-11-28 (Shanghai).
const system = { actor: 'system' as const, clock: TEST_CLOCK };

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const HEADER = '类型,是否经复议,立案日期,结果,结案日期,关联申请编号';
const LEDGER = [
  HEADER,
  '行政复议,否,2025-02-03,维持,2025-04-01,YS-2024-0007',
  '行政复议,,2025/6/9,撤销,2026-01-05,YS-2025-0011',
  '行政诉讼,否,2025-07-01,驳回,2025-10-10,',
  '行政诉讼,是,2025-11-20,尚未审结,,YS-2025-0011',
  '行政复议,否,2024-12-30,确认违法,2025-03-01,',
].join('\n');

describeEachDialect('registers', (t) => {
  it('records consultations by channel and counts them per year', async () => {
    const org = await buildOrganisation(t.db);
    for (const [channel, consultedOn] of [['onSite', '2025-01-01'], ['online', '2025-06-30'], ['phone', '2025-12-31'], ['phone', '2025-03-03'], ['other', '2024-12-31'], ['online', '2026-01-01']] as const) {
      await recordConsultation(t.db, system, { organisationId: org.id, channel, consultedOn, summary: '咨询申请方式' });
    }
    expect(await consultationCountsForYear(t.db, org.id, 2025)).toEqual({ total: 4, byChannel: { onSite: 1, online: 1, phone: 2, other: 0 } });
    expect(await consultationCountsForYear(t.db, org.id, 2024)).toEqual({ total: 1, byChannel: { onSite: 0, online: 0, phone: 0, other: 1 } });
    expect((await consultationCountsForYear(t.db, (await buildOrganisation(t.db)).id, 2025)).total).toBe(0);
    const events = await t.db.selectFrom('events').select('name').where('organisation_id', '=', org.id).execute();
    expect(events.filter((e) => e.name === 'consultation.recorded')).toHaveLength(6);
  });

  it('refuses a bad consultation with a message per field and writes nothing', async () => {
    const org = await buildOrganisation(t.db);
    const error = await failure(recordConsultation(t.db, system, { organisationId: org.id, channel: 'fax' as never, consultedOn: '2025-02-30', summary: ' ' }));
    expect(error.status).toBe(422);
    expect(Object.fromEntries(error.fields.map((f) => [f.field, f.message]))).toEqual({
      channel: '请选择咨询渠道',
      consultedOn: expect.stringContaining('不是存在的日期'),
      summary: '请填写咨询内容摘要',
    });
    const future = await failure(recordConsultation(t.db, system, { organisationId: org.id, channel: 'phone', consultedOn: '2026-11-29', summary: 'x' }));
    expect(future.fields[0]!.message).toContain('不能晚于今天');
    expect((await consultationCountsForYear(t.db, org.id, 2025)).total).toBe(0);
  });

  it('lets handlers and leaders keep the register, others of the county only read it, strangers see nothing', async () => {
    const { county, township } = await buildCounty(t.db);
    const handler = await buildActor(t.db, [{ organisation: township, role: 'caseHandler' }]);
    const publisher = await buildActor(t.db, [{ organisation: township, role: 'publisher' }]);
    const supervisor = await buildActor(t.db, [{ organisation: county, role: 'supervisor' }]);
    const stranger = await buildActor(t.db, [{ organisation: await buildOrganisation(t.db), role: 'caseHandler' }]);
    const c = await recordConsultation(t.db, { actor: handler, clock: TEST_CLOCK }, { organisationId: township.id, channel: 'phone', consultedOn: '2026-03-01', summary: '问' });
    expect(await listConsultations(t.db, supervisor, township.id, 2026)).toHaveLength(1);
    expect((await failure(recordConsultation(t.db, { actor: supervisor, clock: TEST_CLOCK }, { organisationId: township.id, channel: 'phone', consultedOn: '2026-03-01', summary: '问' }))).status).toBe(403);
    expect((await failure(listConsultations(t.db, publisher, township.id, 2026))).status).toBe(403);
    expect((await failure(listConsultations(t.db, stranger, township.id, 2026))).status).toBe(404);
    const hidden = await failure(updateConsultation(t.db, { actor: stranger, clock: TEST_CLOCK }, { consultationId: c.id, version: 1, channel: 'online', consultedOn: '2026-03-01', summary: '改' }));
    expect(hidden.code).toBe('registers.consultation_not_found');
    const updated = await updateConsultation(t.db, { actor: handler, clock: TEST_CLOCK }, { consultationId: c.id, version: 1, channel: 'online', consultedOn: '2026-03-02', summary: '改' });
    expect(updated).toMatchObject({ channel: 'online', consultedOn: '2026-03-02', version: 2 });
    expect((await failure(updateConsultation(t.db, { actor: handler, clock: TEST_CLOCK }, { consultationId: c.id, version: 1, channel: 'online', consultedOn: '2026-03-02', summary: '再改' }))).code).toBe('conflict');
  });

  it('records appeals, refuses inconsistent facts, and counts table 四 as of the year end', async () => {
    const org = await buildOrganisation(t.db);
    const open = await recordAppeal(t.db, system, { organisationId: org.id, kind: 'review', filedOn: '2025-10-01', applicationNumber: 'YS-1' });
    await recordAppeal(t.db, system, { organisationId: org.id, kind: 'litigation', afterReview: true, filedOn: '2025-03-01', result: 'varied', closedOn: '2025-09-01' });
    const problems = (await failure(recordAppeal(t.db, system, { organisationId: org.id, kind: 'review', afterReview: true, filedOn: '2025-05-01', result: 'upheld', closedOn: '2025-04-01' }))).fields;
    expect(problems.map((p) => p.field)).toEqual(['afterReview', 'closedOn']);
    expect((await failure(recordAppeal(t.db, system, { organisationId: org.id, kind: 'review', filedOn: '2025-05-01', result: 'upheld' }))).fields[0]!.message).toBe('已有结果的案件须填写结案日期');
    expect((await failure(recordAppeal(t.db, system, { organisationId: org.id, kind: 'review', filedOn: '2025-05-01', closedOn: '2025-06-01' }))).fields[0]!.field).toBe('result');

    // Closed in the next year: 尚未审结 in 2025's table.
    await updateAppeal(t.db, system, { appealId: open.id, version: 1, kind: 'review', filedOn: '2025-10-01', result: 'upheld', closedOn: '2026-01-10', applicationNumber: 'YS-1' });
    const table = await computeAppealsTable(t.db, org.id, 2025);
    expect(table.review).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(table.litigationAfterReview).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    expect(table.litigationDirect.total).toBe(0);
    const behind = await listAppealsBehindCell(t.db, org.id, 2025, 'appeals.review.pending');
    expect(behind.map((a) => a.applicationNumber)).toEqual(['YS-1']);
    expect((await listAppealsBehindCell(t.db, org.id, 2026, 'appeals.review.total'))).toEqual([]);
    expect((await failure(listAppealsBehindCell(t.db, org.id, 2025, 'appeals.review.nope'))).status).toBe(422);
    expect((await listAppeals(t.db, 'system', org.id, 2026)).map((a) => a.id)).toEqual([open.id]);
  });

  it('imports a CSV ledger, and importing it again changes nothing', async () => {
    const org = await buildOrganisation(t.db);
    const bytes = new TextEncoder().encode(LEDGER);
    expect(await importAppeals(t.db, system, { organisationId: org.id, fileName: 'ledger.csv', bytes })).toEqual({ rows: 5, inserted: 5, updated: 0, unchanged: 0 });
    const before = await t.db.selectFrom('appeals').selectAll().where('organisation_id', '=', org.id).orderBy('id').execute();
    const eventsBefore = await t.db.selectFrom('events').select('id').where('organisation_id', '=', org.id).execute();
    expect(await importAppeals(t.db, system, { organisationId: org.id, fileName: 'ledger.csv', bytes })).toEqual({ rows: 5, inserted: 0, updated: 0, unchanged: 5 });
    expect(await t.db.selectFrom('appeals').selectAll().where('organisation_id', '=', org.id).orderBy('id').execute()).toEqual(before);
    expect(await t.db.selectFrom('events').select('id').where('organisation_id', '=', org.id).execute()).toHaveLength(eventsBefore.length);
    const table = await computeAppealsTable(t.db, org.id, 2025);
    expect(table).toEqual({
      review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
    // A later ledger records the result of the open suit: that row is updated, nothing added.
    const later = new TextEncoder().encode(LEDGER.replace('2025-11-20,尚未审结,,', '2025-11-20,变更,2026-02-01,'));
    expect(await importAppeals(t.db, system, { organisationId: org.id, fileName: 'ledger.csv', bytes: later })).toEqual({ rows: 5, inserted: 0, updated: 1, unchanged: 4 });
  });

  it('refuses the whole file, line by line, and writes nothing', async () => {
    const org = await buildOrganisation(t.db);
    const bad = [
      HEADER,
      '行政复议,否,2025-02-03,维持,2025-04-01,',
      '行政仲裁,否,2025-02-03,维持,2025-04-01,',
      '行政诉讼,否,2025-02-30,维持,2025-04-01,',
      '行政复议,是,2025-03-01,尚未审结,,',
      '行政诉讼,否,2025-03-01,大获全胜,2025-04-01,',
      '行政诉讼,否,2025-03-01,维持,,',
    ].join('\r\n');
    const error = await failure(importAppeals(t.db, system, { organisationId: org.id, fileName: 'bad.csv', bytes: new TextEncoder().encode(bad) }));
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).problems).toEqual([
      { line: 3, message: '未知类型“行政仲裁”（应为 行政复议 或 行政诉讼）' },
      { line: 4, message: '立案日期“2025-02-30”不是存在的日期' },
      { line: 5, message: expect.stringContaining('行政复议不能标为“经复议”') },
      { line: 6, message: expect.stringContaining('未知结果“大获全胜”') },
      { line: 7, message: '已有结果的案件须填写结案日期' },
    ]);
    expect(await t.db.selectFrom('appeals').select('id').where('organisation_id', '=', org.id).execute()).toEqual([]);
    const headerless = await failure(importAppeals(t.db, system, { organisationId: org.id, fileName: 'x.csv', bytes: new TextEncoder().encode('类型,日期\n行政复议,2025-01-01') }));
    expect((headerless as ImportRefused).problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('缺少列：立案日期、结果') });
  });

  it('imports the same ledger from XLSX (Excel dates) and JSON Lines', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['序号', '类型', '是否经复议', '立案日期', '结果', '结案日期', '关联申请编号']);
    sheet.addRow([1, '行政复议', '否', new Date(Date.UTC(2025, 1, 3)), '维持', new Date(Date.UTC(2025, 3, 1)), 'YS-2024-0007']);
    sheet.addRow([2, '行政诉讼', '是', '2025年11月20日', '尚未审结', null, null]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const org = await buildOrganisation(t.db);
    expect(await importAppeals(t.db, system, { organisationId: org.id, fileName: 'ledger.xlsx', bytes: xlsx })).toMatchObject({ inserted: 2 });
    expect((await computeAppealsTable(t.db, org.id, 2025)).review.upheld).toBe(1);
    const jsonl = [
      JSON.stringify({ 类型: '行政诉讼', 是否经复议: '否', 立案日期: '2025-07-01', 结果: '驳回', 结案日期: '2025-10-10', 关联申请编号: '' }),
      '',
      JSON.stringify({ 类型: '行政诉讼', 是否经复议: false, 立案日期: '2025-13-01', 结果: '驳回', 结案日期: '2025-10-10' }),
    ].join('\n');
    const refused = await failure(importAppeals(t.db, system, { organisationId: org.id, fileName: 'x.jsonl', bytes: new TextEncoder().encode(jsonl) }));
    expect((refused as ImportRefused).problems).toEqual([{ line: 3, message: '立案日期“2025-13-01”不是存在的日期' }]);
    const good = jsonl.split('\n')[0]!;
    expect(await importAppeals(t.db, system, { organisationId: org.id, fileName: 'x.jsonl', bytes: new TextEncoder().encode(good) })).toMatchObject({ inserted: 1 });
    expect((await computeAppealsTable(t.db, org.id, 2025)).litigationDirect.other).toBe(1);
  });

  it('keeps one organisation’s cases out of another’s table and register', async () => {
    const a = await buildOrganisation(t.db);
    const b = await buildOrganisation(t.db);
    const appeal = await recordAppeal(t.db, system, { organisationId: a.id, kind: 'review', filedOn: '2025-05-05' });
    expect((await computeAppealsTable(t.db, b.id, 2025)).review.total).toBe(0);
    const outsider = await buildActor(t.db, [{ organisation: b, role: 'leader' }]);
    expect((await failure(getAppealForActor(t.db, outsider, appeal.id))).code).toBe('registers.appeal_not_found');
    expect((await failure(getAppealForActor(t.db, outsider, 'not a uuid'))).status).toBe(404);
  });
});
