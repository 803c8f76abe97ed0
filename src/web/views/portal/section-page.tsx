import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import type { PortalSection } from '../../portal/sections.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { organisationCrumbs } from './organisation-page.tsx';

export interface SectionPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  section: PortalSection;
  /** For 机构概况: the organisations directly below. */
  children: readonly Organisation[];
}

/** `/o/:code/:section`: one section of an organisation's site (a shell until its issue lands). */
export function SectionPage({ ctx, organisation, ancestors, section, children }: SectionPageProps) {
  const parent = ancestors.at(-1);
  return (
    <PortalLayout
      ctx={ctx}
      title={`${section.title} - ${organisation.name}`}
      breadcrumbs={[...organisationCrumbs(ancestors), { href: `/o/${organisation.code}`, label: organisation.name }]}
    >
      <h1>{section.title}</h1>
      <p class="lead">{organisation.name}</p>
      {section.slug === 'about' ? (
        <>
          <dl class="summary">
            <dt>机关名称</dt>
            <dd>{organisation.name}</dd>
            <dt>机关类型</dt>
            <dd>{ORGANISATION_KIND_LABELS[organisation.kind]}</dd>
            <dt>上级机关</dt>
            <dd>{parent ? <a href={`/o/${parent.code}`}>{parent.name}</a> : '无'}</dd>
          </dl>
          {children.length > 0 ? (
            <>
              <h2>下设机构</h2>
              <ul>
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`/o/${child.code}`}>{child.name}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : section.slug === 'on-request' ? (
        <ul class="section-list">
          <li><a href={`/o/${organisation.code}/on-request/apply`}>在线申请</a><p>向本机关提出政府信息公开申请（《政府信息公开条例》第二十七条至第二十九条）。</p></li>
          <li><a href="/applications/status">查询办理进度</a><p>凭申请编号和查询码查询办理进度和答复。</p></li>
        </ul>
      ) : (
        <div class="placeholder">
          <p>{section.planned}</p>
          <p>本栏目正在建设中。</p>
        </div>
      )}
    </PortalLayout>
  );
}
