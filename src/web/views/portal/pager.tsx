/** Page links for a paged list: 上一页 / 第 n 页 / 下一页, plain links (no JavaScript). */
export interface PagerProps {
  page: number;
  pageCount: number;
  /** The URL of page `n` (keeps the list's other parameters). */
  hrefOf: (n: number) => string;
}

/** The page numbers shown: the first, the last, and two on each side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push('gap');
    out.push(n);
  });
  return out;
}

export function Pager({ page, pageCount, hrefOf }: PagerProps) {
  if (pageCount <= 1) return null;
  return (
    <nav class="pager" aria-label="分页">
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefOf(page - 1)} rel="prev">
              上一页
            </a>
          </li>
        ) : null}
        {pageWindow(page, pageCount).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={hrefOf(n)} aria-label={`第${n}页`}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <a href={hrefOf(page + 1)} rel="next">
              下一页
            </a>
          </li>
        ) : null}
      </ul>
      <p class="muted">
        第 {page} 页，共 {pageCount} 页
      </p>
    </nav>
  );
}
