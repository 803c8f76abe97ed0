import type { ComponentChildren } from 'preact';
import { DisplayToggle } from './components/display-toggle.tsx';
import { SiteDocument } from './components/site-document.tsx';
import type { ConsoleContext } from './console-context.ts';

/** The nav item of this page: the item itself, or a page below it (the dashboard only itself). */
function isCurrent(path: string, href: string): boolean {
  return path === href || (href !== '/admin' && path.startsWith(`${href}/`));
}

export const CONSOLE_NAME = '政务公开工作平台';

export interface ConsoleLayoutProps {
  ctx: ConsoleContext;
  title: string;
  /** Prefix the title with 错误： when the page shows a form with errors (GOV.UK pattern). */
  hasErrors?: boolean;
  children: ComponentChildren;
}

/** The admin console's page frame: who is signed in, navigation by domain, sign out. */
export function ConsoleLayout({ ctx, title, hasErrors, children }: ConsoleLayoutProps) {
  return (
    <SiteDocument
      ctx={ctx}
      title={`${hasErrors ? '错误：' : ''}${title} - ${CONSOLE_NAME}`}
      noindex
      bodyClass="console"
      footer={
        <p>
          <a href="/">返回政府信息公开平台</a>
        </p>
      }
    >
      <header class="site-header site-header--console">
        <div class="container site-header__inner">
          <a class="site-header__name" href="/admin">
            {CONSOLE_NAME}
          </a>
          <div class="site-header__tools">
            <DisplayToggle ctx={ctx} />
            {ctx.user ? (
              <>
                <span class="site-header__user">{ctx.user.displayName}</span>
                <form method="post" action="/admin/sign-out" class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                  <button type="submit" class="button button--link">
                    退出登录
                  </button>
                </form>
              </>
            ) : null}
          </div>
        </div>
      </header>
      {ctx.nav.length > 0 ? (
        <nav class="console-nav" aria-label="主导航">
          <ul class="container">
            {ctx.nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={isCurrent(ctx.path, item.href) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div class="container">
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </SiteDocument>
  );
}
