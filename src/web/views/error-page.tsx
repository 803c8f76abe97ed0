import type { PageContext } from './page-context.ts';
import { PortalLayout } from './portal-layout.tsx';

export interface ErrorPageProps {
  ctx: PageContext;
  status: number;
  title: string;
  message: string;
  /** Where to go next: defaults to the portal home. */
  next?: { href: string; label: string };
}

/** A readable Chinese page for a failed request, shown with the failure's status code. */
export function ErrorPage({ ctx, status, title, message, next }: ErrorPageProps) {
  return (
    <PortalLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p class="muted">错误代码：{status}</p>
      <p>
        <a href={next?.href ?? '/'}>{next?.label ?? '返回首页'}</a>
      </p>
    </PortalLayout>
  );
}
