import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenForChanges } from '../../src/db/change-listener.ts';
import type { ChangeEvent, ChangeListener } from '../../src/db/change-listener.ts';
import { PORTAL_STAMP_CHANNEL } from '../../src/db/migrations/2026-12-02-stamp-notify-pg.ts';
import { notifiedStamps } from '../../src/web/portal/portal-stamps.ts';
import { createTestDatabase, dialectsUnderTest, TEST_POSTGRES_URL } from '../support/databases.ts';
import { buildPublishingWorld } from '../support/publishing-factories.ts';
import type { PublishingWorld } from '../support/publishing-factories.ts';
import { publish } from '../support/portal-factories.ts';
import type { RunningServer } from './support/server.ts';
import { Client, movableClock, startServer, visibleText } from './support/server.ts';

/** Resolves on `listener`'s next `event`; fails after `ms` (a bound, not a sleep). */
function next(listener: ChangeListener, event: ChangeEvent, ms = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error(`no "${event}" within ${ms} ms`))), ms);
    const stop = listener.subscribe((e) => {
      if (e !== event) return;
      clearTimeout(timer);
      stop();
      resolve();
    });
  });
}

/**
 * `check` until it holds, waiting for the listener's next event between tries; at most `ms`.
 * It listens before each try: a notification that arrives while a try is under way (that try may
 * have used the old stamp) starts another try at once instead of being missed.
 */
async function untilNotified(listener: ChangeListener, check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  let seen = 0;
  let wake: (() => void) | undefined;
  // Any event counts: a notification, and also a lost and regained connection (a loaded machine can
  // miss a self-check), after which nothing kept is trusted.
  const stop = listener.subscribe(() => {
    seen++;
    wake?.();
  });
  try {
    for (;;) {
      const before = seen;
      if (await check()) return;
      if (seen !== before) continue;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`not true within ${ms} ms`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not true within ${ms} ms (no notification)`)), left);
        wake = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        };
      });
    }
  } finally {
    stop();
  }
}

// PostgreSQL only: SQLite (one process) reads the stamp per request, tested with the page cache.
const onPostgres = dialectsUnderTest().includes('postgres') ? describe : describe.skip;

onPostgres('web: two app instances keep portal stamps between PostgreSQL notifications [postgres]', () => {
  let t: Awaited<ReturnType<typeof createTestDatabase>>;
  let one: RunningServer;
  let two: RunningServer;
  let listeners: [ChangeListener, ChangeListener];
  let world: PublishingWorld;
  let admin: pg.Client;
  const column = () => `/o/${world.organisation.code}/columns/${world.column.code}`;
  const text = async (server: RunningServer) => visibleText((await new Client(server.baseUrl).get(column())).text);

  /** Every notification committed before this call has reached `listener` once it resolves (delivery is in commit order). */
  async function settled(listener: ChangeListener): Promise<void> {
    const arrived = next(listener, 'changed');
    await admin.query('select pg_notify($1, $2)', [PORTAL_STAMP_CHANNEL, t.location]);
    await arrived;
  }

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
    admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    listeners = [0, 1].map(() => listenForChanges({ databaseUrl: TEST_POSTGRES_URL, schema: t.location, channel: PORTAL_STAMP_CHANNEL, retryMs: 50 })) as [ChangeListener, ChangeListener];
    await Promise.all(listeners.map((l) => (l.listening ? undefined : next(l, 'up'))));
    one = await startServer(t.db, t.dialect, movableClock(), {}, notifiedStamps(t.db, listeners[0]));
    two = await startServer(t.db, t.dialect, movableClock(), {}, notifiedStamps(t.db, listeners[1]));
    world = await buildPublishingWorld(t.db);
    await publish(t.db, world, { title: '第一份公开的通知' }, { on: '2026-11-20' });
    await Promise.all(listeners.map(settled));
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await Promise.all(listeners?.map((l) => l.close()) ?? []);
    await admin?.end();
    await t?.dispose();
  });

  it('keeps the stamp: repeated pages read it once', async () => {
    for (const server of [one, two]) {
      expect(await text(server)).toContain('共 1 条');
      const reads = server.services.portalStamps.reads;
      for (let i = 0; i < 3; i++) expect(await text(server)).toContain('共 1 条');
      expect(server.services.portalStamps.reads).toBe(reads);
    }
  });

  it('a publication made through one instance shows on the other once the notification arrives', async () => {
    expect(await text(two)).toContain('共 1 条');
    const second = await publish(one.services.db, world, { title: '第二份公开的通知' }, { on: '2026-11-21' });
    await untilNotified(listeners[1], async () => (await text(two)).includes(second.title));
    expect(await text(two)).toContain('共 2 条');
    await untilNotified(listeners[0], async () => (await text(one)).includes(second.title));
  });

  it('an organisation row written by any statement (here by hand, outside the app) notifies too', async () => {
    expect(await text(two)).toContain(world.organisation.name);
    await admin.query(`update ${t.location}.organisations set name = '改名后的机关', version = version + 1 where id = $1`, [world.organisation.id]);
    await untilNotified(listeners[1], async () => (await text(two)).includes('改名后的机关'));
  });

  it("ignores another schema's notifications", async () => {
    await settled(listeners[0]);
    let changes = 0;
    const stop = listeners[0].subscribe((e) => void (e === 'changed' && changes++));
    await admin.query('select pg_notify($1, $2)', [PORTAL_STAMP_CHANNEL, 'some_other_schema']);
    await settled(listeners[0]);
    stop();
    expect(changes).toBe(1);
  });

  it('listens again after its connection is lost, and keeps stamps again', async () => {
    const listener = listeners[1];
    const down = next(listener, 'down');
    const up = next(listener, 'up');
    await admin.query('select pg_terminate_backend($1)', [listener.backendPid]);
    await down;
    await up;
    const third = await publish(t.db, world, { title: '第三份公开的通知' }, { on: '2026-11-22' });
    await untilNotified(listener, async () => (await text(two)).includes(third.title));
    // The page may have shown the third item before its notification arrived (read fresh after
    // reconnecting): wait until everything sent so far has arrived, then fill the cache once.
    await settled(listener);
    await text(two);
    const kept = two.services.portalStamps.reads;
    await text(two);
    expect(two.services.portalStamps.reads).toBe(kept);
  });

  it('while not listening nothing is kept: a change shows on the very next request', async () => {
    const listener = listenForChanges({ databaseUrl: TEST_POSTGRES_URL, schema: t.location, channel: PORTAL_STAMP_CHANNEL, retryMs: 60_000 });
    await next(listener, 'up');
    const three = await startServer(t.db, t.dialect, movableClock(), {}, notifiedStamps(t.db, listener));
    try {
      const down = next(listener, 'down');
      await admin.query('select pg_terminate_backend($1)', [listener.backendPid]);
      await down;
      expect(listener.listening).toBe(false);
      const before = await text(three);
      const fourth = await publish(t.db, world, { title: '第四份公开的通知' }, { on: '2026-11-23' });
      expect(before).not.toContain(fourth.title);
      // No notification can arrive (not listening, next try in a minute): the very next request shows it.
      expect(await text(three)).toContain(fourth.title);
    } finally {
      await three.close();
      await listener.close();
    }
  });
});
