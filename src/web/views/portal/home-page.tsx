import type { OrganisationTreeNode } from '../../../domains/accounts/index.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';

const isDepartment = (node: OrganisationTreeNode) => node.organisation.kind === 'department' || node.organisation.kind === 'other';

function OrgLink({ node }: { node: OrganisationTreeNode }) {
  return <a href={`/o/${node.organisation.code}`}>{node.organisation.name}</a>;
}

/** The organisations below one: governments (towns, subdistricts, lower levels) and departments. */
function Subordinates({ node }: { node: OrganisationTreeNode }) {
  const governments = node.children.filter((child) => !isDepartment(child));
  const departments = node.children.filter(isDepartment);
  const group = (title: string, nodes: OrganisationTreeNode[]) =>
    nodes.length === 0 ? null : (
      <div class="org-tree__group">
        <h3>{title}</h3>
        <ul>
          {nodes.map((child) => (
            <li key={child.organisation.id}>
              <OrgLink node={child} />
              {child.children.length > 0 ? <Subordinates node={child} /> : null}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <>
      {group('下级人民政府', governments)}
      {group('政府部门', departments)}
    </>
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
              <Subordinates node={root} />
            </li>
          ))}
        </ul>
      )}
    </PortalLayout>
  );
}
