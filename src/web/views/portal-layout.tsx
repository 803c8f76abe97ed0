import type { ComponentChildren } from 'preact';
import { DisplayToggle } from './components/display-toggle.tsx';
import { SiteDocument } from './components/site-document.tsx';
import type { FeedLink } from './components/site-document.tsx';
import type { PageContext } from './page-context.ts';

export interface PortalLayoutProps {
  ctx: PageContext;
  /** The page's own title; the site name is appended. */
  title: string;
  /** Breadcrumbs above the main heading, from the portal home down. */
  breadcrumbs?: readonly { href: string; label: string }[];
  children: ComponentChildren;
  /** Feeds announced in the head (a column's RSS/Atom). */
  feeds?: readonly FeedLink[];
}

export const PORTAL_NAME = '政府信息公开平台';

/** The public portal's page frame: anonymous, no JavaScript. */
export function PortalLayout({ ctx, title, breadcrumbs, children, feeds }: PortalLayoutProps) {
  return (
    <SiteDocument
      ctx={ctx}
      title={`${title} - ${PORTAL_NAME}`}
      bodyClass="portal"
      feeds={feeds}
      footer={
        <>
          <p>依据《中华人民共和国政府信息公开条例》公开政府信息。</p>
          <p>
            <a href="/search">检索</a> · <a href="/sitemap.xml">网站地图</a> · <a href="/admin">工作人员登录</a>
          </p>
        </>
      }
    >
      <header class="site-header">
        <div class="container site-header__inner">
          <a class="site-header__name" href="/">
            {PORTAL_NAME}
          </a>
          <nav class="site-header__tools" aria-label="显示设置">
            <DisplayToggle ctx={ctx} />
          </nav>
        </div>
      </header>
      <div class="container">
        {breadcrumbs && breadcrumbs.length > 0 ? (
          <nav class="breadcrumbs" aria-label="当前位置">
            <ol>
              {breadcrumbs.map((crumb) => (
                <li key={crumb.href}>
                  <a href={crumb.href}>{crumb.label}</a>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </SiteDocument>
  );
}
