/** What every page needs to know about the request it answers, gathered once by the web layer. */
export interface PageContext {
  /** The path of this page (without query), for the large-type toggle's way back. */
  path: string;
  /** 长者模式 / 大字版: larger type and spacing, chosen by a cookie. */
  largeType: boolean;
}
