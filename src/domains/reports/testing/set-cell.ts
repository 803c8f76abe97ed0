import type { AnnualReport, Cell } from '../model.ts';

/** Sets the cell at a JSON path (`applications.withheld.stateSecret.natural`); throws on a bad path. */
export function setCell(report: AnnualReport, path: string, value: Cell): AnnualReport {
  const parts = path.split('.');
  let node = report as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (!next || typeof next !== 'object') throw new Error(`No cell ${path}`);
    node = next as Record<string, unknown>;
  }
  const last = parts[parts.length - 1]!;
  if (!(last in node)) throw new Error(`No cell ${path}`);
  node[last] = value;
  return report;
}

/** Sets several cells at once: `setCells(r, { 'appeals.review.upheld': 1, ... })`. */
export function setCells(report: AnnualReport, cells: Record<string, Cell>): AnnualReport {
  for (const [path, value] of Object.entries(cells)) setCell(report, path, value);
  return report;
}
