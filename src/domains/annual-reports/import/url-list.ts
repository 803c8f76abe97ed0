/**
 * The supervisor's list of reports to fetch: one `ORGCODE URL` a line (blank lines and lines
 * starting with `#` are skipped), and the rules for a URL the server may request at all. Pure.
 */
import { addressVerdict, isIpLiteral } from './address-policy.ts';

/** At most this many URLs in one list (each may take up to the fetch time limit). */
export const MAX_URL_LINES = 50;

export interface UrlLine {
  line: number;
  orgCode: string;
  url: string;
}

export interface UrlListProblem {
  line: number;
  text: string;
  message: string;
}

export function parseUrlList(text: string): { lines: UrlLine[]; problems: UrlListProblem[] } {
  const lines: UrlLine[] = [];
  const problems: UrlListProblem[] = [];
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const line = index + 1;
    const parts = trimmed.split(/[\s\u3000]+/);
    if (parts.length !== 2) {
      problems.push({ line, text: trimmed, message: '每行应为“机构代码 网址”，中间以空格分隔' });
      return;
    }
    lines.push({ line, orgCode: parts[0]!, url: parts[1]! });
  });
  if (lines.length > MAX_URL_LINES) problems.push({ line: lines[MAX_URL_LINES]!.line, text: '', message: `一次最多导入${MAX_URL_LINES}个网址` });
  return { lines, problems };
}

export type UrlVerdict = { allowed: true; url: URL } | { allowed: false; reason: string };

/**
 * Whether a URL may be requested: http or https, no credentials in it, and — unless private
 * addresses are allowed — not an IP literal of a non-public address. (A host name is judged by the
 * fetcher on the addresses it resolves to, at connection time.)
 */
export function urlVerdict(text: string, options: { allowPrivate: boolean }): UrlVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { allowed: false, reason: '网址格式不正确' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { allowed: false, reason: `只能获取 http 或 https 网址（不支持 ${url.protocol.replace(/:$/, '')}）` };
  if (url.username !== '' || url.password !== '') return { allowed: false, reason: '网址中不能包含用户名或密码' };
  if (url.hostname === '') return { allowed: false, reason: '网址缺少主机名' };
  if (!options.allowPrivate && isIpLiteral(url.hostname)) {
    const verdict = addressVerdict(url.hostname);
    if (!verdict.allowed) return { allowed: false, reason: privateRefusal(url.hostname, verdict.reason) };
  }
  return { allowed: true, url };
}

/** The message for a refused address (names the setting an administrator can change). */
export function privateRefusal(address: string, reason: string): string {
  return `拒绝访问非公网地址 ${address}（${reason}）；如确需获取内网报告，请由系统管理员设置 GONGKAI_FETCH_ALLOW_PRIVATE=1`;
}
