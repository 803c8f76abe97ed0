/** A small search form (GET /search), optionally limited to one organisation or column. */
export function SearchBox({ organisationCode, columnId, q = '' }: { organisationCode?: string; columnId?: string; q?: string }) {
  return (
    <form class="search-box" method="get" action="/search" role="search">
      <label for="search-box-q">检索政府信息</label>
      <input id="search-box-q" name="q" type="search" value={q} maxLength={100} />
      {organisationCode ? <input type="hidden" name="org" value={organisationCode} /> : null}
      {columnId ? <input type="hidden" name="column" value={columnId} /> : null}
      <button class="button" type="submit">
        检索
      </button>
    </form>
  );
}
