import type { PageContext } from '../page-context.ts';

/** 长者模式 / 大字版 toggle: a plain link that sets a cookie and comes back here; no JavaScript. */
export function DisplayToggle({ ctx }: { ctx: PageContext }) {
  const back = encodeURIComponent(ctx.path);
  return ctx.largeType ? (
    <a class="display-toggle" href={`/display/standard?back=${back}`} lang="zh-CN">
      标准版
    </a>
  ) : (
    <a class="display-toggle" href={`/display/large?back=${back}`} lang="zh-CN">
      长者模式（大字版）
    </a>
  );
}
