/**
 * The `column` cell of an imported item → one of the organisation's 栏目: its code (qtwj), its
 * name (其他文件), or its path of names (法规文件/其他文件) where a name is used twice in the tree.
 * Pure.
 */
import type { CatalogColumn } from '../types.ts';

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export type ColumnResolution = { column: CatalogColumn } | { problem: string };

export function columnResolver(columns: readonly CatalogColumn[]): (cell: string) => ColumnResolution {
  const byId = new Map(columns.map((c) => [c.id, c]));
  const pathOf = (c: CatalogColumn): string => {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    return parent ? `${pathOf(parent)}/${key(c.name)}` : key(c.name);
  };
  const byCode = new Map(columns.map((c) => [key(c.code), c]));
  const byName = new Map<string, CatalogColumn[]>();
  const byPath = new Map<string, CatalogColumn>();
  for (const c of columns) {
    byName.set(key(c.name), [...(byName.get(key(c.name)) ?? []), c]);
    byPath.set(pathOf(c), c);
  }
  const fallback = columns.find((c) => c.isDefault);
  return (cell) => {
    const wanted = key(cell).replace(/[>＞\\]/g, '/');
    if (wanted === '') return fallback ? { column: fallback } : { problem: '未填写栏目，本机构也没有默认栏目（请填写栏目名称或代码）' };
    const found = byCode.get(wanted) ?? byPath.get(wanted);
    if (found) return { column: found };
    const named = byName.get(wanted) ?? [];
    if (named.length === 1) return { column: named[0]! };
    if (named.length > 1) return { problem: `栏目“${cell.trim()}”有${named.length}个同名栏目，请填写栏目代码（${named.map((c) => c.code).join('、')}）或路径（${named.map(pathOf).join('、')}）` };
    return { problem: `本机构没有栏目“${cell.trim()}”（填写栏目名称、代码或“上级栏目/栏目”路径）` };
  };
}
