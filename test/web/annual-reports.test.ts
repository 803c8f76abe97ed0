/**
 * The annual report through HTTP on a listening server, as staff, a supervisor and the public use
 * it: generate from the records, follow a cell to its cases, edit section 五, check, acknowledge,
 * publish; the portal's column shows it with downloads that read back; an error blocks
 * publication; a correction is a new version with the history on the portal; the supervisor's
 * matrix and aggregate; the audit page (a pasted report, a ZIP batch as XLSX).
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { auditDocument } from '../../src/domains/audit/index.ts';
import { cellAt } from '../../src/domains/annual-reports/index.ts';
import type { AnnualReport } from '../../src/domains/reports/index.ts';
import { renderReport } from '../../src/domains/reports/index.ts';
import { REPORT_CSS } from '../../src/domains/reports/render/index.ts';
import { randomReport, seededRandom } from '../../src/domains/reports/testing/index.ts';
import { buildCounty, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import { describeEachDialect } from '../support/databases.ts';
import { insertYearOfRecords, randomYearOfRecords, recordsRandom } from '../support/report-records.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

describeEachDialect('web: annual reports', (t) => {
  let server: RunningServer;
  let county: Organisation, township: Organisation, department: Organisation;
  let staff: UserSummary, supervisor: UserSummary;

  async function as(user: UserSummary): Promise<Client> {
    const client = new Client(server.baseUrl);
    expect((await client.signIn(user.username, TEST_PASSWORD)).status).toBe(303);
    return client;
  }
  /** Posts a form of a page (with the page's CSRF token) and returns the response. */
  async function postOn(client: Client, page: string, action: string, form: Record<string, string>) {
    return client.submit(page, action, form);
  }
  function version(html: string): string {
    return /name="version" value="(\d+)"/.exec(html)![1]!;
  }
  async function multipart(client: Client, page: string, action: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type: string }) {
    const form = new FormData();
    form.set('_csrf', csrfTokenIn((await client.get(page)).text));
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set('file', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
    const cookie = [...client.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const response = await fetch(`${server.baseUrl}${action}`, { method: 'POST', body: form, redirect: 'manual', headers: cookie ? { cookie } : {} });
    return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  }

  beforeAll(async () => {
    server = await startServer(t.db, t.dialect, movableClock('2026-01-20T02:00:00.000Z'));
    ({ county, township, department } = await buildCounty(t.db));
    staff = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    supervisor = await buildUser(t.db, [{ organisation: county, role: 'supervisor' }]);
    await insertYearOfRecords(t.db, township, 2025, randomYearOfRecords(recordsRandom(31), 2025));
  });
  afterAll(async () => {
    await server?.close();
  });

  let reportPath = '';

  it('staff generate the report from the records; each cell links to the records behind it', async () => {
    const client = await as(staff);
    const list = await client.get('/admin/annual-reports');
    expect(list.status).toBe(200);
    const generated = await postOn(client, '/admin/annual-reports', '/admin/annual-reports', { organisationId: township.id, year: '2025' });
    expect(generated.status).toBe(303);
    reportPath = generated.location!.split('?')[0]!;
    const page = await client.get(reportPath);
    expect(page.status).toBe(200);
    expect(visibleText(page.text)).toContain(`${township.name}2025年政府信息公开工作年度报告`);
    expect(page.text).toContain('<th scope="colgroup"');
    expect(page.text.match(/<h1[\s>]/g), 'one h1 on the console page: the report inside is titled h2').toHaveLength(1);
    const reportId = reportPath.split('/').at(-1)!;
    const row = await t.db.selectFrom('annual_reports').select('report').where('id', '=', reportId).executeTakeFirstOrThrow();
    const report = JSON.parse(row.report) as AnnualReport;
    const cell = 'applications.newReceived.total';
    expect(page.text).toContain(`${reportPath}/cells/${encodeURIComponent(cell)}`);
    const cases = await client.get(`${reportPath}/cells/${encodeURIComponent(cell)}`);
    expect(cases.status).toBe(200);
    expect(visibleText(cases.text)).toContain('“一、本年新收政府信息公开申请数量” 行 “总计” 列');
    expect((cases.text.match(/\/admin\/applications\//g) ?? []).length).toBe(cellAt(report, cell));
    expect(cellAt(report, cell)).toBeGreaterThan(0);
    // A cell of the statistics form has no records to list.
    expect(page.text).not.toContain(`${reportPath}/cells/active.licensing.decisions`);
  });

  it('a report with an error cannot be published', async () => {
    const client = await as(staff);
    const reportId = reportPath.split('/').at(-1)!;
    const row = await t.db.selectFrom('annual_reports').select(['report', 'version']).where('id', '=', reportId).executeTakeFirstOrThrow();
    const broken = JSON.parse(row.report) as AnnualReport;
    const good = structuredClone(broken);
    (broken.applications.newReceived as { natural: number }).natural += 1;
    await t.db.updateTable('annual_reports').set({ report: JSON.stringify(broken) }).where('id', '=', reportId).execute();
    const checked = await postOn(client, reportPath, `${reportPath}/check`, { version: version((await client.get(reportPath)).text) });
    expect(checked.status).toBe(303);
    const page = await client.get(reportPath);
    expect(page.text).toContain('class="cell-flagged"');
    const refused = await postOn(client, reportPath, `${reportPath}/publish`, { version: version(page.text) });
    expect(refused.status).toBe(409);
    expect(visibleText(refused.text)).toContain('报告存在错误，不能发布');
    expect(visibleText(refused.text)).toContain('T3-ROW-TOTAL');
    expect((await t.db.selectFrom('annual_reports').select('status').where('id', '=', reportId).executeTakeFirstOrThrow()).status).toBe('draft');
    await t.db.updateTable('annual_reports').set({ report: JSON.stringify(good) }).where('id', '=', reportId).execute();
  });

  it('staff edit section 五, check, acknowledge the warnings with a note, publish; the portal shows it', async () => {
    const client = await as(staff);
    let page = await client.get(reportPath);
    const edited = await postOn(client, reportPath, `${reportPath}/sections`, {
      version: version(page.text), overview: '2025年，本镇扎实推进政府信息公开工作。', problems: '（一）存在的主要问题。栏目更新不够及时。\n（二）改进情况。建立更新提醒机制。', other: '本年度无其他事项。',
    });
    expect(edited.status).toBe(303);
    page = await client.get(reportPath);
    expect(await postOn(client, reportPath, `${reportPath}/check`, { version: version(page.text) }).then((r) => r.status)).toBe(303);
    page = await client.get(reportPath);
    // Publishing before the warnings are acknowledged is refused.
    const warnings = [...page.text.matchAll(/name="rule" value="([^"]+)"\/><input type="hidden" name="at" value="([^"]*)"/g)];
    if (warnings.length > 0) {
      const refused = await postOn(client, reportPath, `${reportPath}/publish`, { version: version(page.text) });
      expect([refused.status, visibleText(refused.text)]).toEqual([409, expect.stringContaining('报告存在未确认的提示')]);
      const noNote = await postOn(client, reportPath, `${reportPath}/acknowledge`, { version: version(page.text), rule: warnings[0]![1]!, at: warnings[0]![2]!, note: '' });
      expect(noNote.status).toBe(422);
    }
    for (const [, rule, at] of warnings) {
      page = await client.get(reportPath);
      expect((await postOn(client, reportPath, `${reportPath}/acknowledge`, { version: version(page.text), rule: rule!, at: at!, note: '已核实，属实' })).status).toBe(303);
    }
    page = await client.get(reportPath);
    const published = await postOn(client, reportPath, `${reportPath}/publish`, { version: version(page.text) });
    expect(published.status).toBe(303);

    const portal = new Client(server.baseUrl);
    const column = await portal.get(`/o/${township.code}/annual-reports`);
    expect(visibleText(column.text)).toContain(`${township.name}2025年政府信息公开工作年度报告`);
    const shown = await portal.get(`/o/${township.code}/annual-reports/2025`);
    expect(shown.status).toBe(200);
    expect(visibleText(shown.text)).toContain('栏目更新不够及时');
    expect(shown.text).toContain('/assets/annual-report.css');
    const stylesheet = await fetch(`${server.baseUrl}/assets/annual-report.css`);
    expect(stylesheet.headers.get('content-type')).toContain('text/css');
    const css = await stylesheet.text();
    // One source for the national layout: the same rules a downloaded report embeds, then the console's additions.
    expect(css.startsWith(REPORT_CSS)).toBe(true);
    expect(css).toContain('.cell-flagged');
    const docx = await fetch(`${server.baseUrl}/o/${township.code}/annual-reports/2025/download/docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const read = await auditDocument(new Uint8Array(await docx.arrayBuffer()), 'r.docx');
    const json = await (await fetch(`${server.baseUrl}/o/${township.code}/annual-reports/2025/download/json`)).json() as AnnualReport;
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(read.report?.applications).toEqual(json.applications);
    expect(read.report?.appeals).toEqual(json.appeals);
    expect((await fetch(`${server.baseUrl}/o/${township.code}/annual-reports/2025/download/xlsx`)).status).toBe(200);
    expect((await portal.get(`/o/${township.code}/annual-reports/2019`)).status).toBe(404);
  });

  it('a correction is a new version with a reason; the portal keeps the history', async () => {
    const client = await as(staff);
    const noReason = await postOn(client, reportPath, `${reportPath}/correct`, { reason: '' });
    expect(noReason.status).toBe(422);
    const corrected = await postOn(client, reportPath, `${reportPath}/correct`, { reason: '更正第五部分的文字' });
    expect(corrected.status).toBe(303);
    const second = corrected.location!.split('?')[0]!;
    expect(second).not.toBe(reportPath);
    let page = await client.get(second);
    expect(visibleText(page.text)).toContain('第2版');
    await postOn(client, second, `${second}/sections`, { version: version(page.text), overview: '2025年，本镇扎实推进政府信息公开工作。', problems: '（一）存在的主要问题。更正后的问题表述。', other: '本年度无其他事项。' });
    page = await client.get(second);
    await postOn(client, second, `${second}/check`, { version: version(page.text) });
    page = await client.get(second);
    for (const [, rule, at] of page.text.matchAll(/name="rule" value="([^"]+)"\/><input type="hidden" name="at" value="([^"]*)"/g)) {
      page = await client.get(second);
      await postOn(client, second, `${second}/acknowledge`, { version: version(page.text), rule: rule!, at: at!, note: '已核实，属实' });
    }
    page = await client.get(second);
    expect((await postOn(client, second, `${second}/publish`, { version: version(page.text) })).status).toBe(303);
    // The first version can no longer be edited in place.
    const firstPage = await client.get(reportPath);
    expect(firstPage.text).not.toContain(`${reportPath}/sections`);

    const portal = new Client(server.baseUrl);
    const shown = visibleText((await portal.get(`/o/${township.code}/annual-reports/2025`)).text);
    expect(shown).toContain('更正后的问题表述');
    expect(shown).toContain('版本记录');
    expect(shown).toContain('更正理由：更正第五部分的文字');
    const old = visibleText((await portal.get(`/o/${township.code}/annual-reports/2025/v/1`)).text);
    expect(old).toContain('已被更正的旧版本');
    expect(old).toContain('栏目更新不够及时');
  });

  it('the supervisor sees every subordinate in the matrix, and the aggregate drills down to the organisations', async () => {
    const client = await as(supervisor);
    const matrix = await client.get(`/admin/annual-reports/supervision?org=${county.id}&year=2025`);
    expect(matrix.status).toBe(200);
    const rowOf = (code: string) => visibleText(/<tr data-org="[^"]+"[\s\S]*?<\/tr>/g.exec(matrix.text.slice(matrix.text.indexOf(`data-org="${code}"`) - 9))![0]);
    expect(rowOf(township.code)).toContain('已发布');
    expect(rowOf(department.code)).toContain('未开始');
    const aggregate = await client.get(`/admin/annual-reports/aggregate?org=${county.id}&year=2025`);
    expect(aggregate.status).toBe(200);
    expect(visibleText(aggregate.text)).toContain('汇总了 1 个下级机关已发布的报告');
    const cell = await client.get(`/admin/annual-reports/aggregate/cell?org=${county.id}&year=2025&path=applications.newReceived.total`);
    expect(cell.status).toBe(200);
    expect(visibleText(cell.text)).toContain(township.name);
    expect(cell.text).toContain('/cells/applications.newReceived.total');
    // Staff of the township are not supervisors of the county.
    expect((await (await as(staff)).get(`/admin/annual-reports/supervision?org=${county.id}&year=2025`)).status).toBe(404);
  });

  it('the audit page reads a pasted report, highlights the cells in error; a ZIP batch comes back as XLSX', async () => {
    const report = randomReport(seededRandom(4), { year: 2024, agency: '某县教育局' });
    (report.applications.total as { natural: number }).natural = (report.applications.total.natural ?? 0) + 3;
    const text = renderReport(report, 'tab');
    const portal = new Client(server.baseUrl);
    const result = await multipart(portal, '/audit', '/audit', { text });
    expect(result.status).toBe(200);
    const html = new TextDecoder().decode(result.bytes);
    expect(visibleText(html)).toContain('有错误');
    expect(html).toContain('class="cell-flagged"');
    expect(visibleText(html)).toContain('某县教育局');
    const empty = await multipart(portal, '/audit', '/audit', { text: '' });
    expect(empty.status).toBe(422);

    const zip = new JSZip();
    zip.file('a.txt', text);
    zip.file('b.html', renderReport(randomReport(seededRandom(5), { year: 2022 }), 'html'));
    const staffClient = await as(staff);
    const batch = await multipart(staffClient, '/admin/audit', '/admin/audit/batch', {}, { name: 'reports.zip', bytes: await zip.generateAsync({ type: 'uint8array' }), type: 'application/zip' });
    expect(batch.status).toBe(200);
    expect(batch.headers.get('content-type')).toContain('spreadsheetml');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(batch.bytes) as unknown as ArrayBuffer);
    const files = new Set<string>();
    workbook.worksheets[0]!.eachRow((row, n) => { if (n > 1) files.add(String(row.getCell(1).value)); });
    expect([...files].sort()).toEqual(['a.txt', 'b.html']);
  });
});
