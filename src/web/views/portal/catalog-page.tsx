import type { Organisation } from '../../../domains/accounts/index.ts';
import type { CatalogNode } from '../../../domains/publishing/index.ts';
import { columnUrl } from '../../portal/urls.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { organisationCrumbs } from './organisation-page.tsx';
import { SearchBox } from './search-box.tsx';

export interface CatalogPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  tree: readonly CatalogNode[];
  /** Published items per column id. */
  counts: ReadonlyMap<string, number>;
}

function Branch({ organisation, nodes, counts }: { organisation: Organisation; nodes: readonly CatalogNode[]; counts: ReadonlyMap<string, number> }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.column.id}>
          <a href={columnUrl(organisation.code, node.column.code)}>{node.column.name}</a>
          <span class="muted count">（{counts.get(node.column.id) ?? 0}）</span>
          {node.children.length > 0 ? <Branch organisation={organisation} nodes={node.children} counts={counts} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** `/o/:code/proactive`: 法定主动公开内容, the organisation's catalog (栏目) as a tree with counts. */
export function CatalogPage({ ctx, organisation, ancestors, tree, counts }: CatalogPageProps) {
  return (
    <PortalLayout
      ctx={ctx}
      title={`法定主动公开内容 - ${organisation.name}`}
      breadcrumbs={[...organisationCrumbs(ancestors), { href: `/o/${organisation.code}`, label: organisation.name }]}
    >
      <h1>法定主动公开内容</h1>
      <p class="lead">{organisation.name}依据《中华人民共和国政府信息公开条例》第二十条至第二十二条主动公开的政府信息，按目录分类。</p>
      <SearchBox organisationCode={organisation.code} />
      {tree.length === 0 ? <p class="placeholder">本机关尚未建立主动公开目录。</p> : <nav class="catalog-tree" aria-label="主动公开目录"><Branch organisation={organisation} nodes={tree} counts={counts} /></nav>}
    </PortalLayout>
  );
}
