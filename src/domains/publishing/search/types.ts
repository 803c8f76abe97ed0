/** What the search index holds of one published item (政府信息), given by the publishing domain. */
export interface SearchDocument {
  /** The item's id. */
  id: string;
  organisationId: string;
  organisationCode: string;
  /** 发布机构 as shown. */
  organisationName: string;
  /** 栏目. */
  columnId: string | null;
  columnName: string | null;
  title: string;
  /** The body as plain text (HTML already reduced to text by the caller, or see `htmlToSearchText`). */
  text: string;
  /** 索引号. */
  indexNumber: string;
  /** The item's page on the portal. */
  url: string;
  /** 发布日期, YYYY-MM-DD. */
  publishedOn: string;
  /** 有效性 of a normative document (有效/废止/失效), null for other items. */
  validity: string | null;
}

export interface SearchQuery {
  q: string;
  /** Organisation code. */
  org?: string | undefined;
  /** Column id. */
  column?: string | undefined;
  /** Published on or after (YYYY-MM-DD). */
  from?: string | undefined;
  /** Published on or before (YYYY-MM-DD). */
  to?: string | undefined;
  validity?: string | undefined;
  /** 1-based (default 1). */
  page?: number | undefined;
  /** Default 20, at most MAX_PAGE_SIZE. */
  pageSize?: number | undefined;
}

export interface SearchHit {
  id: string;
  title: string;
  /** The title HTML-escaped, the query's words in <mark>. */
  titleHtml: string;
  url: string;
  indexNumber: string;
  /** 发布机构 name. */
  organisation: string;
  organisationCode: string;
  columnId: string | null;
  columnName: string | null;
  publishedOn: string;
  validity: string | null;
  /** An excerpt of the body around the first match, HTML-escaped, the query's words in <mark>. */
  snippet: string;
  /** The query's words found in this item (as the user typed them, NFKC). */
  highlights: string[];
}

export interface SearchResult {
  /**
   * The items matching the query and filters (not only this page), counted up to COUNT_CAP (or
   * to the end of the page asked for, if further): when `totalCapped`, more than this match.
   */
  total: number;
  /** True when more than `total` items match (the count stopped). */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

export const DEFAULT_PAGE_SIZE = 20;
/** Matches counted exactly; beyond, the total is "more than 1,000" (页面显示“1000+ 条”). */
export const COUNT_CAP = 1000;
export const MAX_PAGE_SIZE = 50;
/** Deepest page served (20,000 results at the largest page size); nobody pages further. */
export const MAX_PAGE = 1000;
/** Longest query kept (characters) and most words used. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_WORDS = 8;
