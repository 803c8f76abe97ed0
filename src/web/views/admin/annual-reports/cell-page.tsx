import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { AnnualReportRecord, CellRecords } from '../../../../domains/annual-reports/index.ts';
import type { Cell } from '../../../../domains/reports/index.ts';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { ListTable } from '../../components/list-table.tsx';

export interface CellPageProps {
  ctx: ConsoleContext;
  record: AnnualReportRecord;
  organisation: Organisation;
  path: string;
  label: string;
  value: Cell | undefined;
  records: CellRecords;
}

/** `/admin/annual-reports/:id/cells/:path`: what a number of the report counts. */
export function CellPage({ ctx, record, organisation, path, label, value, records }: CellPageProps) {
  const count = records.kind === 'none' ? undefined : records.rows.length;
  return (
    <ConsoleLayout ctx={ctx} title={`${label} - ${organisation.name}${record.year}年度报告`}>
      <p class="back-link"><a href={`/admin/annual-reports/${record.id}`}>← 返回{organisation.name}{record.year}年度报告</a></p>
      <h1>{label}</h1>
      <dl class="summary">
        <dt>单元格</dt><dd><code>{path}</code></dd>
        <dt>报告中的数字</dt><dd>{value ?? '（空白）'}</dd>
        {count !== undefined ? (<><dt>当前记录数</dt><dd>{count}{value !== undefined && value !== count ? '（与报告不一致：报告生成或锁定后记录有变化）' : ''}</dd></>) : null}
      </dl>
      {records.kind === 'none' ? <p>{records.reason}</p> : null}
      {records.kind === 'items' ? (
        <ListTable caption="计入该单元格的信息" headings={['索引号', '标题', '文号', '成文日期', '发布日期']} empty="没有记录。">
          {records.rows.map((r) => (
            <tr key={r.id}><td>{r.indexNumber ?? '—'}</td><td><a href={r.url}>{r.title}</a></td><td>{r.docNumber}</td><td>{r.madeOn ?? '—'}</td><td>{r.publishedOn ?? '—'}</td></tr>
          ))}
        </ListTable>
      ) : null}
      {records.kind === 'cases' ? (
        <ListTable caption="计入该单元格的申请" headings={['申请编号', '申请人类型', '收到日期', '办结日期', '办理结果']} empty="没有记录。">
          {records.rows.map((r) => (
            <tr key={r.id}><td><a href={`/admin/applications/${r.id}`}>{r.number ?? r.id}</a></td><td>{r.applicantType}</td><td>{r.receivedOn}</td><td>{r.closedOn ?? '未办结'}</td><td>{r.outcome ?? '—'}</td></tr>
          ))}
        </ListTable>
      ) : null}
      {records.kind === 'appeals' ? (
        <ListTable caption="计入该单元格的复议诉讼" headings={['案号', '类型', '立案日期', '结果', '结案日期']} empty="没有记录。">
          {records.rows.map((r) => (
            <tr key={r.id}><td>{r.caseNumber ?? r.id}</td><td>{r.kind}</td><td>{r.filedOn}</td><td>{r.result ?? '尚未审结'}</td><td>{r.closedOn ?? '—'}</td></tr>
          ))}
        </ListTable>
      ) : null}
    </ConsoleLayout>
  );
}
