import type { Organisation } from '../../../domains/accounts/index.ts';
import { ORGANISATION_KIND_LABELS } from '../../../domains/accounts/index.ts';
import { PORTAL_SECTIONS } from '../../portal/sections.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';

export interface OrganisationPageProps {
  ctx: PageContext;
  organisation: Organisation;
  /** From the root down to the parent. */
  ancestors: readonly Organisation[];
}

export function organisationCrumbs(ancestors: readonly Organisation[]) {
  return [{ href: '/', label: '首页' }, ...ancestors.map((o) => ({ href: `/o/${o.code}`, label: o.name }))];
}

/** `/o/:code`: an organisation's 政府信息公开 home with its sections. */
export function OrganisationPage({ ctx, organisation, ancestors }: OrganisationPageProps) {
  return (
    <PortalLayout ctx={ctx} title={`${organisation.name}政府信息公开`} breadcrumbs={organisationCrumbs(ancestors)}>
      <h1>
        {organisation.name}
        <span class="h1-suffix">政府信息公开</span>
      </h1>
      <p class="muted">{ORGANISATION_KIND_LABELS[organisation.kind]}</p>
      <ul class="section-list">
        {PORTAL_SECTIONS.map((section) => (
          <li key={section.slug}>
            <a href={`/o/${organisation.code}/${section.slug}`}>{section.title}</a>
            <p>{section.summary}</p>
          </li>
        ))}
      </ul>
    </PortalLayout>
  );
}
