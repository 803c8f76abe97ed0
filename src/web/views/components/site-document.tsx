import type { ComponentChildren } from 'preact';
import type { PageContext } from '../page-context.ts';

export interface SiteDocumentProps {
  ctx: PageContext;
  /** The whole `<title>`, site name included. */
  title: string;
  /** Ask search engines not to index the page (the console). */
  noindex?: boolean;
  bodyClass: string;
  /** The header, navigation and main content, between the skip link and the footer. */
  children: ComponentChildren;
  /** The paragraphs of the site footer. */
  footer: ComponentChildren;
  /** Feeds of this page (RSS/Atom), announced in the head for feed readers. */
  feeds?: readonly FeedLink[] | undefined;
}

export interface FeedLink {
  href: string;
  title: string;
  type: 'application/rss+xml' | 'application/atom+xml';
}

/** The HTML document every page shares: head, 长者模式 class, skip link to #main, site footer. */
export function SiteDocument({ ctx, title, noindex, bodyClass, children, footer, feeds }: SiteDocumentProps) {
  return (
    <html lang="zh-CN" class={ctx.largeType ? 'large-type' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <title>{title}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {feeds?.map((feed) => <link key={feed.href} rel="alternate" type={feed.type} title={feed.title} href={feed.href} />)}
        <link rel="stylesheet" href="/print-origin.css" media="print" />
      </head>
      <body class={bodyClass}>
        <a class="skip-link" href="#main">
          跳到主要内容
        </a>
        {children}
        <footer class="site-footer">
          <div class="container">{footer}</div>
        </footer>
      </body>
    </html>
  );
}
