import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalStamp, repealItem, updateColumn } from '../../src/domains/publishing/index.ts';
import type { InformationItem } from '../../src/domains/publishing/index.ts';
import { fixedClock } from '../../src/domains/shared/clock.ts';
import { portalPageCache } from '../../src/web/portal/portal-page-cache.ts';
import { describeEachDialect } from '../support/databases.ts';
import { buildPublishingWorld } from '../support/publishing-factories.ts';
import type { PublishingWorld } from '../support/publishing-factories.ts';
import { publish, withdraw } from '../support/portal-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

describe('the portal page cache', () => {
  const page = (html: string) => async () => ({ status: 200, html });

  it('renders once per stamp, serves the kept page while the stamp holds, and renders again when it changes', async () => {
    const cache = portalPageCache();
    let rendered = 0;
    const render = async () => ({ status: 200, html: `page ${++rendered}` });
    expect(String((await cache.get('a', 's1', render))!.body)).toBe('page 1');
    expect(String((await cache.get('a', 's1', render))!.body)).toBe('page 1');
    expect(String((await cache.get('a', 's2', render))!.body)).toBe('page 2');
    expect(String((await cache.get('b', 's2', render))!.body)).toBe('page 3');
    expect(rendered).toBe(3);
  });

  it('shares one render between concurrent requests and keeps no "no such page"', async () => {
    const cache = portalPageCache();
    let rendered = 0;
    const slow = async () => (rendered++, await new Promise((r) => setTimeout(r, 10)), { status: 410, html: 'gone' });
    const [one, two] = await Promise.all([cache.get('x', 's', slow), cache.get('x', 's', slow)]);
    expect(rendered).toBe(1);
    expect(one).toBe(two);
    expect(one!.status).toBe(410);
    let missing = 0;
    const none = async () => (missing++, undefined);
    expect(await cache.get('y', 's', none)).toBeUndefined();
    expect(await cache.get('y', 's', none)).toBeUndefined();
    expect(missing).toBe(2);
  });

  it('stays within its byte budget, dropping the least recently used page first', async () => {
    const cache = portalPageCache(30);
    await cache.get('a', 's', page('a'.repeat(10)));
    await cache.get('b', 's', page('b'.repeat(10)));
    await cache.get('a', 's', page('never'));
    await cache.get('c', 's', page('c'.repeat(15)));
    expect(cache.size).toBe(25);
    expect(String((await cache.get('a', 's', page('again')))!.body)).toBe('a'.repeat(10));
    expect(String((await cache.get('b', 's', page('b, rendered again')))!.body)).toBe('b, rendered again');
    await cache.get('huge', 's', page('h'.repeat(31)));
    expect(cache.size).toBeLessThanOrEqual(30);
  });
});

describeEachDialect('web: kept portal pages follow the database, in every app instance', (t) => {
  // Two app instances on one database, as behind a load balancer. Their clocks never move: nothing
  // here may depend on a cache expiring with time.
  let one: RunningServer;
  let two: RunningServer;
  let world: PublishingWorld;
  let first: InformationItem;
  const get = (server: RunningServer, path: string) => new Client(server.baseUrl).get(path);

  beforeAll(async () => {
    one = await startServer(t.db, t.dialect, movableClock());
    two = await startServer(t.db, t.dialect, movableClock());
    world = await buildPublishingWorld(t.db);
    first = await publish(t.db, world, { title: '第一份公开的通知' }, { on: '2026-11-20' });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  const column = () => `/o/${world.organisation.code}/columns/${world.column.code}`;
  const catalog = () => `/o/${world.organisation.code}/proactive`;
  const itemPath = (item: InformationItem) => `/o/${world.organisation.code}/items/${item.id}`;

  it('a publication shows at once on the column and catalog pages both instances already kept', async () => {
    for (const server of [one, two]) {
      expect(visibleText((await get(server, column())).text)).toContain('共 1 条');
      expect(visibleText((await get(server, catalog())).text)).toContain(`${world.column.name} （1）`);
    }
    const second = await publish(t.db, world, { title: '第二份公开的通知' }, { on: '2026-11-21' });
    for (const server of [one, two]) {
      const text = visibleText((await get(server, column())).text);
      expect(text).toContain('共 2 条');
      expect(text).toContain(second.title);
      expect(visibleText((await get(server, catalog())).text)).toContain(`${world.column.name} （2）`);
      expect((await get(server, itemPath(second))).status).toBe(200);
    }
  });

  it('a withdrawal made elsewhere turns the kept item page into the withdrawal notice at once', async () => {
    for (const server of [one, two]) {
      const page = await get(server, itemPath(first));
      expect(page.status).toBe(200);
      expect(visibleText(page.text)).toContain(first.title);
    }
    first = await withdraw(t.db, world, first, '内容已过时，不再公开');
    for (const server of [one, two]) {
      const page = await get(server, itemPath(first));
      expect(page.status).toBe(410);
      expect(visibleText(page.text)).toContain('本信息已撤回');
      expect(visibleText(page.text)).toContain('撤回理由：内容已过时，不再公开');
      expect(visibleText((await get(server, column())).text)).not.toContain(first.title);
    }
  });

  it('废止 and a column rename show at once; an unchanged page answers 304 to its ETag', async () => {
    const rule = await publish(t.db, world, { title: '测试镇规范性文件', documentKind: 'normative' }, { on: '2026-11-22' });
    const before = await get(two, itemPath(rule));
    expect(visibleText(before.text)).toContain('有效性 有效');
    const etag = before.headers.get('etag')!;
    const revalidating = new Client(two.baseUrl);
    revalidating.headers = { 'if-none-match': etag };
    const again = await revalidating.get(itemPath(rule));
    expect(again.status).toBe(304);
    await repealItem(t.db, { actor: world.clerk, clock: fixedClock('2026-11-25T02:00:00.000Z') }, rule.id, rule.version, { validity: 'repealed', on: '2026-11-25' });
    const after = await get(two, itemPath(rule));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(visibleText(after.text)).toContain('废止（2026-11-25废止）');
    const { version, parentId, updatePeriodDays, ...fields } = world.column;
    await updateColumn(t.db, { actor: 'system', clock: fixedClock('2026-11-25T02:00:00.000Z') }, world.column.id, version, { ...fields, parentId: parentId ?? '', updatePeriodDays: updatePeriodDays ?? '', name: '改名后的栏目' });
    expect(visibleText((await get(one, column())).text)).toContain('改名后的栏目');
    expect(visibleText((await get(one, itemPath(rule))).text)).toContain('改名后的栏目');
  });

  it('the large-type page is kept apart from the standard one', async () => {
    const path = column();
    const large = new Client(one.baseUrl);
    large.cookies.set('gk_display', 'large');
    const [standardPage, largePage] = [await get(one, path), await large.get(path)];
    expect(standardPage.text).not.toBe(largePage.text);
    expect((await get(one, path)).text).toBe(standardPage.text);
  });

  it('the stamp query, compiled once per database handle, reads each organisation by its own code and the latest generation on every call', async () => {
    const other = await buildPublishingWorld(t.db);
    const mine = await portalStamp(t.db, world.organisation.code);
    const theirs = await portalStamp(t.db, other.organisation.code.toUpperCase());
    expect(mine?.organisationId).toBe(world.organisation.id);
    expect(theirs?.organisationId).toBe(other.organisation.id);
    expect(await portalStamp(t.db, 'no-such-organisation')).toBeUndefined();
    await publish(t.db, other, { title: '另一机构的通知' }, { on: '2026-11-23' });
    expect((await portalStamp(t.db, other.organisation.code))!.stamp).not.toBe(theirs!.stamp);
    expect((await portalStamp(t.db, world.organisation.code))!.stamp).toBe(mine!.stamp);
    // Inside a transaction (another handle): its own compiled query, the same answer.
    await t.db.transaction().execute(async (trx) => expect(await portalStamp(trx, world.organisation.code)).toEqual(mine));
  });
});
