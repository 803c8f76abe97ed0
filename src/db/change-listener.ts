/**
 * One PostgreSQL connection kept open for LISTEN on a channel, for caches that may be kept while
 * nothing changed: it reports each notification for this database's schema, and each time it
 * starts or stops listening. While it is not listening (not yet connected, connection lost,
 * database restarted) a cache must not trust what it kept, since notifications sent meanwhile are
 * lost: `listening` says which. It listens only once a notification it sent itself has come back
 * (and checks that again every `pingMs`), so a connection that hangs silently (no FIN, e.g. a NAT
 * dropping it) or that does not deliver notifications is found. A lost connection is retried with a
 * growing delay.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export type ChangeEvent = 'changed' | 'up' | 'down';

export interface ChangeListener {
  /** True while LISTEN is in force on a live connection: every change from now on will be reported. */
  readonly listening: boolean;
  /** The listening connection's server process id (tests end it to simulate a lost connection). */
  readonly backendPid: number | undefined;
  /** `fn` is called on each notification and each change of `listening`. Returns the unsubscribe. */
  subscribe(fn: (event: ChangeEvent) => void): () => void;
  close(): Promise<void>;
}

export interface ChangeListenerOptions {
  databaseUrl: string;
  /** The schema whose tables' notifications count (search_path), as in openDatabase; default the server's. */
  schema?: string | undefined;
  channel: string;
  /** First delay before reconnecting (doubled each failure, up to 30 s). */
  retryMs?: number;
  /** How often the open connection is checked with a notification to itself (and how long one may take). */
  pingMs?: number;
  onError?: (error: unknown) => void;
}

const MAX_RETRY_MS = 30_000;
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function listenForChanges(options: ChangeListenerOptions): ChangeListener {
  if (!CHANNEL_NAME.test(options.channel)) throw new Error(`invalid channel name: ${options.channel}`);
  const retryMs = options.retryMs ?? 1000;
  const pingMs = options.pingMs ?? 10_000;
  const subscribers = new Set<(event: ChangeEvent) => void>();
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let pingTimer: NodeJS.Timeout | undefined;

  const emit = (event: ChangeEvent) => {
    for (const fn of subscribers) fn(event);
  };

  function lost(which: pg.Client, error?: unknown): void {
    if (which !== client) return;
    client = undefined;
    clearInterval(pingTimer);
    if (error && !closed) options.onError?.(error);
    which.removeAllListeners('notification');
    which.end().catch(() => undefined);
    if (listening) {
      listening = false;
      emit('down');
    }
    if (!closed) {
      const delay = Math.min(MAX_RETRY_MS, retryMs * 2 ** Math.min(failures++, 15));
      retryTimer = setTimeout(connect, delay);
      retryTimer.unref();
    }
  }

  async function connect(): Promise<void> {
    if (closed) return;
    const next = new pg.Client({
      connectionString: options.databaseUrl,
      keepAlive: true,
      application_name: 'gongkai-listener',
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      const { rows } = await next.query<{ schema: string }>('select current_schema() as schema');
      const schema = rows[0]?.schema;
      // Probes: a notification this connection sends itself and must receive, so LISTEN is known to
      // work end to end (through a pooler in transaction mode it does not: the notifications go to
      // another server connection, and a cache trusting it would never be told of a change).
      let awaited: { payload: string; arrived: () => void } | undefined;
      next.on('notification', (message) => {
        if (message.channel !== options.channel) return;
        if (message.payload === schema) emit('changed');
        else if (awaited && message.payload === awaited.payload) awaited.arrived();
      });
      const probe = (): Promise<void> =>
        new Promise((resolve, reject) => {
          const payload = `${schema}:probe:${randomUUID()}`;
          const timer = setTimeout(() => reject(new Error('the listening connection does not receive its notifications')), pingMs);
          timer.unref();
          awaited = { payload, arrived: () => (clearTimeout(timer), (awaited = undefined), resolve()) };
          next.query('select pg_notify($1, $2)', [options.channel, payload]).catch(reject);
        });
      await next.query(`listen ${options.channel}`);
      await probe();
      if (next !== client || closed) return;
      failures = 0;
      listening = true;
      // A probe still unanswered at the next tick means the connection hangs: treat it as lost.
      let probing = false;
      pingTimer = setInterval(() => {
        if (probing) return lost(next, new Error('the listening connection stopped answering'));
        probing = true;
        probe().then(
          () => void (probing = false),
          (error: unknown) => lost(next, error),
        );
      }, pingMs);
      pingTimer.unref();
      emit('up');
    } catch (error) {
      lost(next, error);
    }
  }

  void connect();

  return {
    get listening() {
      return listening;
    },
    get backendPid() {
      return listening ? (client as unknown as { processID?: number } | undefined)?.processID : undefined;
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      const last = client;
      client = undefined;
      if (listening) {
        listening = false;
        emit('down');
      }
      await last?.end().catch(() => undefined);
    },
  };
}
