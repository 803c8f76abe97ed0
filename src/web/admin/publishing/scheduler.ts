import type { FastifyInstance } from 'fastify';
import { publishDueItems } from '../../../domains/publishing/index.ts';
import type { Services } from '../../services.ts';

const EVERY_MS = 60_000;

/**
 * 定时发布: publishes the scheduled items whose date has come, when the app is ready and then
 * every minute, while it runs. Several processes may do this at once: each item is published in
 * its own transaction with a version check, so a race costs one process a logged conflict, never
 * a second 索引号.
 */
export function scheduleDuePublication(app: FastifyInstance, services: Services): void {
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    try {
      const published = await publishDueItems(services.db, { actor: 'system', clock: services.clock });
      if (published > 0) app.log.info({ published }, 'scheduled items published');
    } catch (error) {
      app.log.error({ err: error }, 'scheduled publication failed');
    }
  };
  app.addHook('onReady', async () => {
    await run();
    timer = setInterval(() => void run(), EVERY_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}
