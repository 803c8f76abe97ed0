import type { OrganisationKind, OrganisationTreeNode } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';

function OrgLink({ node }: { node: OrganisationTreeNode }) {
  return <a href={`/o/${node.organisation.code}`}>{node.organisation.name}</a>;
}

/** The heading a child is listed under, by its kind and its parent's (a township has no 政府部门). */
export function childGroupLabel(parentKind: OrganisationKind, childKind: OrganisationKind): string {
  if (childKind === 'department') {
    if (parentKind === 'township' || parentKind === 'subdistrict') return '内设机构和站所';
    if (parentKind === 'department' || parentKind === 'other') return '下属单位';
    return '政府工作部门';
  }
  return ORGANISATION_KIND_LABELS[childKind];
}

/** Groups in the order of the levels: governments down the levels, then departments, then others. */
const GROUP_ORDER: readonly OrganisationKind[] = ['provincial_government', 'city_government', 'county_government', 'township', 'subdistrict', 'department', 'other'];

/** The organisations directly below one, grouped by kind; each with its own below it, indented. */
function Subordinates({ node }: { node: OrganisationTreeNode }) {
  const groups = GROUP_ORDER.map((kind) => node.children.filter((child) => child.organisation.kind === kind)).filter((nodes) => nodes.length > 0);
  return (
    <div class="org-tree__children">
      {groups.map((nodes) => (
        <div class="org-tree__group" key={nodes[0]!.organisation.kind}>
          <h3>{childGroupLabel(node.organisation.kind, nodes[0]!.organisation.kind)}</h3>
          <ul>
            {nodes.map((child) => (
              <li key={child.organisation.id} class={child.children.length > 0 ? 'org-tree__parent' : undefined}>
                <OrgLink node={child} />
                {child.children.length > 0 ? <Subordinates node={child} /> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** `/`: every organisation's 政府信息公开 site, as a tree (county → towns and departments). */
export function HomePage({ ctx, tree }: { ctx: PageContext; tree: readonly OrganisationTreeNode[] }) {
  return (
    <PortalLayout ctx={ctx} title="首页">
      <h1>政府信息公开</h1>
      <p class="lead">选择机关，查看其政府信息公开指南、制度、主动公开内容、年度报告，或申请公开政府信息。</p>
      {tree.length === 0 ? (
        <p class="placeholder">尚未设立任何机关的政府信息公开专栏。</p>
      ) : (
        <ul class="org-tree">
          {tree.map((root) => (
            <li key={root.organisation.id}>
              <h2 class="org-tree__root">
                <OrgLink node={root} />
              </h2>
              {root.children.length > 0 ? <Subordinates node={root} /> : null}
            </li>
          ))}
        </ul>
      )}
    </PortalLayout>
  );
}
