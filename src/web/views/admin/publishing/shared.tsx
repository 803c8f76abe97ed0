import type { CatalogColumn } from '../../../../domains/publishing/index.ts';

/** 主动公开's own navigation (one NAV entry leads here; the pages below share this bar). */
export const PUBLISHING_LINKS = [
  { href: '/admin/publishing', label: '概览' },
  { href: '/admin/publishing/items', label: '信息列表' },
  { href: '/admin/publishing/due', label: '发布时限' },
  { href: '/admin/publishing/catalog', label: '栏目目录' },
  { href: '/admin/publishing/statistics', label: '年度统计' },
] as const;

export function PublishingNav({ current, links }: { current: string; links: readonly { href: string; label: string }[] }) {
  return (
    <nav class="sub-nav" aria-label="主动公开">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.href === current ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** An ISO instant as Beijing time, `2026-11-28 10:00`. */
export function beijingTime(iso: string): string {
  const parts = Object.fromEntries(TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** Columns as select options, indented by depth, in catalog order. */
export function columnOptions(columns: readonly CatalogColumn[]) {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const depth = (c: CatalogColumn): number => {
    let d = 0;
    for (let p = c.parentId; p && byId.has(p) && d < 10; p = byId.get(p)!.parentId) d += 1;
    return d;
  };
  return columns.map((c) => ({ value: c.id, label: `${'　'.repeat(depth(c))}${c.name}` }));
}

export { TextAreaField } from '../../components/fields.tsx';
