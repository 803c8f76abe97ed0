import type { Organisation } from '../../../domains/accounts/index.ts';
import type { Attachment, CatalogColumn, InformationItem } from '../../../domains/publishing/index.ts';
import { VALIDITY_LABELS } from '../../../domains/publishing/index.ts';
import { attachmentUrl, catalogUrl, columnUrl } from '../../portal/urls.ts';
import type { PageContext } from '../page-context.ts';
import { PortalLayout } from '../portal-layout.tsx';
import { organisationCrumbs } from './organisation-page.tsx';

export interface ItemPageProps {
  ctx: PageContext;
  organisation: Organisation;
  ancestors: readonly Organisation[];
  item: InformationItem;
  column: CatalogColumn | undefined;
  attachments: readonly Attachment[];
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 有效性 with its date: 有效（自…起施行） / 废止（…） / 失效（…）. */
function validityText(item: InformationItem): string {
  if (item.validity === 'valid') return item.effectiveOn ? `有效（${item.effectiveOn}起施行）` : '有效';
  if (item.validity === 'repealed') return item.repealedOn ? `废止（${item.repealedOn}废止）` : '废止';
  if (item.validity === 'expired') return item.expiredOn ? `失效（${item.expiredOn}失效）` : '失效';
  return '';
}

/** The metadata table (domain reference §8.3): the labels as government sites show them. */
function Metadata({ organisation, item, column }: { organisation: Organisation; item: InformationItem; column: CatalogColumn | undefined }) {
  const rows: [string, string][] = [
    ['索引号', item.indexNumber ?? ''],
    ['发布机构', item.issuer || organisation.name],
    ['主题分类', item.topic || column?.name || ''],
    ['成文日期', item.madeOn ?? ''],
    ['发布日期', item.publishedOn ?? ''],
    ['文号', item.docNumber],
  ];
  if (item.documentKind !== 'other' || item.validity !== '') rows.push(['有效性', validityText(item)]);
  if (item.keywords) rows.push(['关键词', item.keywords]);
  return (
    <table class="table metadata">
      <caption class="visually-hidden">信息属性</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/o/:code/items/:id`: a published item, or (withdrawn) the notice that it was withdrawn and why. */
export function ItemPage({ ctx, organisation, ancestors, item, column, attachments }: ItemPageProps) {
  const code = organisation.code;
  const withdrawn = item.status === 'withdrawn';
  return (
    <PortalLayout
      ctx={ctx}
      title={`${item.title} - ${organisation.name}`}
      breadcrumbs={[
        ...organisationCrumbs(ancestors),
        { href: `/o/${code}`, label: organisation.name },
        { href: catalogUrl(code), label: '法定主动公开内容' },
        ...(column ? [{ href: columnUrl(code, column.code), label: column.name }] : []),
      ]}
    >
      <article class="item">
        <h1>{item.title}</h1>
        {withdrawn ? (
          <div class="notice withdrawn" role="status">
            <h2>本信息已撤回</h2>
            <p>
              {organisation.name}已于 {item.withdrawnOn ?? ''} 撤回本信息，不再公开。
            </p>
            <p>撤回理由：{item.withdrawnReason}</p>
            <p>索引号 {item.indexNumber ?? ''} 不再分配给其他信息。</p>
          </div>
        ) : (
          <>
            {item.validity === 'repealed' || item.validity === 'expired' ? (
              <p class="notice" role="status">
                本文件已{VALIDITY_LABELS[item.validity]}，仅供查阅。
              </p>
            ) : null}
            <Metadata organisation={organisation} item={item} column={column} />
            <div class="item-body" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
            {attachments.length > 0 ? (
              <section class="attachments" aria-labelledby="attachments-heading">
                <h2 id="attachments-heading">附件</h2>
                <ol>
                  {attachments.map((a) => (
                    <li key={a.id}>
                      <a href={attachmentUrl(code, item.id, a.id)} download={a.fileName}>
                        {a.fileName}
                      </a>
                      <span class="muted">（{fileSize(a.size)}）</span>
                    </li>
                  ))}
                </ol>
              </section>
            ) : null}
          </>
        )}
      </article>
    </PortalLayout>
  );
}
