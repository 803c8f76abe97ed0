/**
 * The port through which the import asks for a report at a URL. The import (import-from-urls.ts)
 * stays free of network code; `httpReportFetcher` (http-fetcher.ts) is the adapter the server and
 * the CLI plug in, tests may plug in their own.
 */

/** The outcome of fetching one URL: the bytes, or why not (Chinese, shown on the URL's line). */
export type FetchOutcome =
  | { status: 'fetched'; bytes: Uint8Array; fileName: string; url: string }
  /** Not requested, or a hop not followed: the URL or an address is not allowed. */
  | { status: 'refused'; reason: string }
  /** Requested but not obtained: network error, time or size limit, HTTP error status. */
  | { status: 'failed'; reason: string };

export type ReportFetcher = (url: string) => Promise<FetchOutcome>;

/** Limits of one fetch (defaults: FETCH_LIMITS). */
export interface FetchLimits {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Time for the whole URL, redirects and body included, in ms. */
  timeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = { maxBytes: 20 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };
