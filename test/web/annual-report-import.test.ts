/**
 * 导入下级机关年度报告 through HTTP on a listening server: the supervisor uploads a subordinate's
 * published report, which becomes its imported report of the year and shows in the matrix with
 * its findings; an unreadable file, a file that is not a report, an organisation outside the
 * supervisor's scope and a wrong year are refused in Chinese with nothing written; a list of URLs
 * is fetched line by line — from a local HTTP server, refused as loopback by default and imported
 * on a server whose administrator allows private addresses.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Organisation, UserSummary } from '../../src/domains/accounts/index.ts';
import { generateAnnualReport, recordSources } from '../../src/domains/annual-reports/index.ts';
import { renderReport } from '../../src/domains/reports/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import { randomReport, seededRandom } from '../../src/domains/reports/testing/index.ts';
import { buildCounty, buildOrganisation, buildUser, TEST_PASSWORD } from '../support/accounts-factories.ts';
import { describeEachDialect } from '../support/databases.ts';
import type { RunningServer } from './support/server.ts';
import { Client, csrfTokenIn, movableClock, startServer, visibleText } from './support/server.ts';

const PAGE = (org: Organisation) => `/admin/annual-reports/import?org=${org.id}&year=2025`;

describeEachDialect('web: importing reports of subordinates not on the platform', (t) => {
  let server: RunningServer, permissive: RunningServer;
  let files: http.Server;
  let filesBase = '';
  let county: Organisation, township: Organisation, department: Organisation, elsewhere: Organisation, onPlatform: Organisation;
  let supervisor: UserSummary, staff: UserSummary;
  const townshipReport = renderReport(randomReport(seededRandom(21), { year: 2025, agency: '测试镇人民政府' }), 'html');
  const departmentReport = renderReport(randomReport(seededRandom(22), { year: 2025, agency: '测试县教育局' }), 'html');

  async function as(on: RunningServer, user: UserSummary): Promise<Client> {
    const client = new Client(on.baseUrl);
    expect((await client.signIn(user.username, TEST_PASSWORD)).status).toBe(303);
    return client;
  }
  async function upload(client: Client, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
    const form = new FormData();
    form.set('_csrf', csrfTokenIn((await client.get(PAGE(county))).text));
    form.set('org', county.id);
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    if (file) form.set('file', new Blob([Buffer.from(file.bytes)]), file.name);
    const cookie = [...client.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    const response = await fetch(`${client.baseUrl}/admin/annual-reports/import`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie } });
    return { status: response.status, location: response.headers.get('location'), text: await response.text() };
  }
  const reportsOf = async (org: Organisation) => (await t.db.selectFrom('annual_reports').select(['id', 'source', 'status', 'findings', 'source_name']).where('organisation_id', '=', org.id).execute());
  const rowOf = (html: string, code: string) => {
    const start = html.indexOf(`data-org="${code}"`);
    return visibleText(html.slice(start, html.indexOf('</tr>', start)));
  };

  beforeAll(async () => {
    const clock = movableClock('2026-04-10T02:00:00.000Z');
    server = await startServer(t.db, t.dialect, clock);
    permissive = await startServer(t.db, t.dialect, clock, { fetchAllowPrivate: true });
    ({ county, township, department } = await buildCounty(t.db));
    ({ township: elsewhere } = await buildCounty(t.db));
    // A subordinate that makes its report on the platform: an import must not replace it.
    onPlatform = await buildOrganisation(t.db, { parent: county, name: '测试县财政局' });
    await generateAnnualReport(t.db, { actor: 'system', clock: fixedClock('2026-04-10T02:00:00.000Z') }, recordSources, { organisationId: onPlatform.id, year: 2025 });
    supervisor = await buildUser(t.db, [{ organisation: county, role: 'supervisor' }]);
    staff = await buildUser(t.db, [{ organisation: township, role: 'publisher' }]);
    files = http.createServer((request, response) => {
      if (request.url === '/dept.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(departmentReport);
      else if (request.url === '/notice.txt') response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('关于召开会议的通知');
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    filesBase = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server?.close();
    await permissive?.close();
    await new Promise((resolve) => files?.close(resolve));
  });

  it('is the supervisor\'s page: the subordinates with their codes; others cannot use it', async () => {
    const page = await (await as(server, supervisor)).get(PAGE(county));
    expect(page.status).toBe(200);
    const text = visibleText(page.text);
    expect(text).toContain('测试县人民政府：导入下级机关年度报告');
    expect(text).toContain(township.code);
    expect(text).toContain('不获取本机、内网等非公网地址');
    // Staff of the township do not supervise the county.
    expect((await (await as(server, staff)).get(PAGE(county))).status).toBe(404);
    // The matrix links here.
    expect((await (await as(server, supervisor)).get(`/admin/annual-reports/supervision?org=${county.id}&year=2025`)).text).toContain(`/admin/annual-reports/import?org=${county.id}&amp;year=2025`);
  });

  it('refuses, in Chinese and writing nothing, an unreadable file, a file that is not a report, an organisation outside the scope, a wrong year', async () => {
    const client = await as(server, supervisor);
    const cases: [Record<string, string>, { name: string; bytes: Uint8Array } | undefined, string][] = [
      [{ organisationId: township.id, year: '2025' }, { name: 'r.pdf', bytes: Buffer.from('%PDF-1.7\n垃圾数据，不是完整的PDF') }, '无法读取该文件：PDF 文件已损坏或不完整，无法读取'],
      [{ organisationId: township.id, year: '2025' }, { name: 'n.txt', bytes: Buffer.from('关于召开全县安全生产会议的通知\n各乡镇：定于下周一召开会议。') }, '该文件不是政府信息公开工作年度报告'],
      [{ organisationId: elsewhere.id, year: '2025' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '该机关不在您监督的下级机关范围内'],
      [{ organisationId: county.id, year: '2025' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '该机关不在您监督的下级机关范围内'],
      [{ organisationId: township.id, year: '2024' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '文件中的报告年度为2025年，与所选年度不符'],
      [{ organisationId: township.id, year: '2026' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '统计年度不能晚于2025年'],
      [{ organisationId: township.id, year: '25' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '统计年度应为四位年份'],
      [{ organisationId: township.id, year: '2025' }, undefined, '请选择要导入的年度报告文件'],
      [{ organisationId: onPlatform.id, year: '2025' }, { name: 'r.html', bytes: Buffer.from(townshipReport) }, '该机关已在平台上编制本年度报告，不能导入'],
    ];
    for (const [fields, file, message] of cases) {
      const refused = await upload(client, fields, file);
      expect([refused.status, visibleText(refused.text)]).toEqual([422, expect.stringContaining(message)]);
      expect(refused.text).toContain('class="error-summary"');
    }
    expect(await reportsOf(township)).toEqual([]);
    expect(await reportsOf(elsewhere)).toEqual([]);
    expect(await reportsOf(county)).toEqual([]);
    expect((await reportsOf(onPlatform)).map((r) => r.source)).toEqual(['generated']);
  });

  it('an uploaded report becomes the subordinate\'s imported report, shown in the matrix with its findings', async () => {
    const client = await as(server, supervisor);
    const done = await upload(client, { organisationId: township.id, year: '2025' }, { name: '测试镇2025年报.html', bytes: Buffer.from(townshipReport) });
    expect(done.status).toBe(303);
    const notice = visibleText((await client.get(done.location!)).text);
    expect(notice).toContain('已导入测试镇人民政府2025年度报告（第1版，来源：测试镇2025年报.html）');
    const [row, ...more] = await reportsOf(township);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ source: 'imported', status: 'published', source_name: '测试镇2025年报.html' });
    const findings = JSON.parse(row!.findings) as { severity: string }[];
    const matrix = await client.get(`/admin/annual-reports/supervision?org=${county.id}&year=2025`);
    const shown = rowOf(matrix.text, township.code);
    expect(shown).toContain('已发布');
    expect(shown).toContain('（导入）');
    expect(shown).toContain(`${findings.filter((f) => f.severity === 'error').length} / ${findings.filter((f) => f.severity === 'warning').length}`);
    const reportPage = await client.get(`/admin/annual-reports/${row!.id}`);
    expect(reportPage.status).toBe(200);
    expect(visibleText(reportPage.text)).toContain('来源 由上级机关导入：测试镇2025年报.html');
    // A second import is a new revision superseding the first.
    expect((await upload(client, { organisationId: township.id, year: '2025' }, { name: 'again.html', bytes: Buffer.from(townshipReport) })).status).toBe(303);
    expect((await reportsOf(township)).map((r) => r.status).sort()).toEqual(['published', 'superseded']);
  });

  it('a list of URLs: each line refused, failed or imported with its reason; loopback only with the administrator\'s allowance', async () => {
    const list = [
      `${department.code} ${filesBase}/dept.html`,
      `${elsewhere.code} ${filesBase}/dept.html`,
      `${department.code} ftp://example.gov.cn/r.pdf`,
      'only-a-code',
      `${department.code} http://[::ffff:127.0.0.1]:1/r.html`,
    ].join('\n');
    const strict = await as(server, supervisor);
    const page = await strict.submit(PAGE(county), '/admin/annual-reports/import/urls', { org: county.id, listYear: '2025', list });
    expect(page.status).toBe(200);
    const line = (n: number) => visibleText(/<tr data-line="\d+"[\s\S]*?<\/tr>/.exec(page.text.slice(page.text.indexOf(`data-line="${n}"`) - 8))![0]);
    expect(line(1)).toContain('已拒绝');
    expect(line(1)).toContain('本机回环地址');
    expect(line(2)).toContain('该机关不在您监督的下级机关范围内');
    expect(line(3)).toContain('只能获取 http 或 https 网址');
    expect(line(4)).toContain('每行应为“机构代码 网址”');
    expect(line(5)).toContain('本机回环地址');
    expect(visibleText(page.text)).toContain('已导入 0 个，已拒绝 5 个，失败 0 个');
    expect(await reportsOf(department)).toEqual([]);

    const noYear = await strict.submit(PAGE(county), '/admin/annual-reports/import/urls', { org: county.id, listYear: '2030', list });
    expect([noYear.status, visibleText(noYear.text)]).toEqual([422, expect.stringContaining('统计年度不能晚于2025年')]);

    const allowed = await as(permissive, supervisor);
    const fetched = await allowed.submit(PAGE(county), '/admin/annual-reports/import/urls', { org: county.id, listYear: '2025', list: `${department.code} ${filesBase}/dept.html\n${department.code} ${filesBase}/missing.html\n${township.code} ${filesBase}/notice.txt` });
    expect(fetched.status).toBe(200);
    const text = visibleText(fetched.text);
    expect(text).toContain('已导入 1 个，已拒绝 0 个，失败 2 个');
    expect(text).toContain('服务器返回 HTTP 404');
    expect(text).toContain('该文件不是政府信息公开工作年度报告');
    // The township's earlier upload stands: a failed line writes nothing.
    expect((await reportsOf(township)).map((r) => r.status).sort()).toEqual(['published', 'superseded']);
    const [row] = await reportsOf(department);
    expect(row).toMatchObject({ source: 'imported', status: 'published', source_name: `${filesBase}/dept.html` });
    const matrix = await allowed.get(`/admin/annual-reports/supervision?org=${county.id}&year=2025`);
    expect(rowOf(matrix.text, department.code)).toContain('（导入）');
    const aggregate = await allowed.get(`/admin/annual-reports/aggregate?org=${county.id}&year=2025`);
    expect(visibleText(aggregate.text)).toContain('汇总了 2 个下级机关已发布的报告');
  });
});
