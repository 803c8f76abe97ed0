import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { PUBLISHING_LINKS, PublishingNav } from './shared.tsx';

export interface OverviewPageProps {
  ctx: ConsoleContext;
  awaiting: number;
  dueSoon: number;
  overdue: number;
  drafts: number;
  canDraft: boolean;
  canManageCatalog: boolean;
  canEditStatistics: boolean;
}

/** `/admin/publishing`: what waits for the user, and the 20-working-day clock (条例第二十六条). */
export function OverviewPage({ ctx, awaiting, dueSoon, overdue, drafts, canDraft, canManageCatalog, canEditStatistics }: OverviewPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title="主动公开">
      <PublishingNav current="/admin/publishing" links={PUBLISHING_LINKS} />
      <h1>主动公开</h1>
      <ul class="cards">
        <li class="card">
          <h2>待我处理</h2>
          <p class="figure">{awaiting}</p>
          <p>
            <a href="/admin/publishing/items?awaiting=1">待审核、保密审查或签发的信息</a>
          </p>
        </li>
        <li class={overdue > 0 ? 'card card--alert' : 'card'}>
          <h2>发布时限</h2>
          <p>
            已超期 <strong class="figure">{overdue}</strong> 条，即将到期 <strong class="figure">{dueSoon}</strong> 条
          </p>
          <p class="muted">自信息形成或者变更之日起20个工作日内公开（条例第二十六条）。</p>
          <p>
            <a href="/admin/publishing/due">查看发布时限</a>
          </p>
        </li>
        <li class="card">
          <h2>草稿</h2>
          <p class="figure">{drafts}</p>
          <p>
            <a href="/admin/publishing/items?status=draft">查看草稿</a>
            {canDraft ? (
              <>
                {' · '}
                <a href="/admin/publishing/items/new">起草信息</a>
              </>
            ) : null}
          </p>
        </li>
        {canManageCatalog ? (
          <li class="card">
            <h2>栏目目录</h2>
            <p>
              <a href="/admin/publishing/catalog">管理栏目和发布设置</a>
            </p>
          </li>
        ) : null}
        {canEditStatistics ? (
          <li class="card">
            <h2>年度统计</h2>
            <p>
              <a href="/admin/publishing/statistics">填报行政许可、行政处罚、行政强制和行政事业性收费数据</a>
            </p>
          </li>
        ) : null}
      </ul>
    </ConsoleLayout>
  );
}
