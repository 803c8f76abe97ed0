import type { Organisation } from '../../../../domains/accounts/index.ts';
import type { StatisticsValues } from '../../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import type { FormBody } from '../../../http/form.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Notice, PostForm, SelectField, TextField } from '../../components/fields.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { organisationOptions } from '../options.ts';
import { PUBLISHING_LINKS, PublishingNav } from './shared.tsx';

export interface StatisticsCell {
  key: string;
  rowLabel: string;
  columnLabel: string;
  decimals: boolean;
  signed: boolean;
}

export interface StatisticsPageProps {
  ctx: ConsoleContext;
  organisations: readonly Organisation[];
  organisation: Organisation;
  year: number;
  years: readonly number[];
  cells: readonly StatisticsCell[];
  saved: StatisticsValues;
  values?: FormBody;
  problems: readonly FieldProblem[];
  notice?: string;
}

/**
 * `/admin/publishing/statistics`: the yearly figures for table 二 that the items cannot give
 * (行政许可、行政处罚、行政强制 decisions, 行政事业性收费 in 万元), in the format of that year's report.
 */
export function StatisticsPage({ ctx, organisations, organisation, year, years, cells, saved, values, problems, notice }: StatisticsPageProps) {
  const valueOf = (key: string) => values?.[key] ?? (saved[key] === null || saved[key] === undefined ? '' : String(saved[key]));
  return (
    <ConsoleLayout ctx={ctx} title="年度统计" hasErrors={problems.length > 0}>
      <PublishingNav current="/admin/publishing/statistics" links={PUBLISHING_LINKS} />
      <Notice message={notice} />
      <ErrorSummary problems={problems} order={cells.map((c) => c.key)} />
      <h1>
        年度统计<span class="h1-suffix">{`${organisation.name} ${year}年`}</span>
      </h1>
      <form method="get" action="/admin/publishing/statistics" class="filter-form">
        {organisations.length > 1 ? <SelectField name="organisation" label="机构" options={organisationOptions(organisations)} value={organisation.id} problems={[]} /> : null}
        <SelectField name="year" label="年度" options={years.map((y) => ({ value: String(y), label: `${y}年` }))} value={String(year)} problems={[]} />
        <button type="submit" class="button button--secondary">
          切换
        </button>
      </form>
      <p>年度报告表二「主动公开政府信息情况」中，规章和行政规范性文件的数字由已发布的信息自动统计；以下数字请按本机关业务台账填写，留空表示不填报。</p>
      <PostForm action="/admin/publishing/statistics" csrfToken={ctx.csrfToken} submitLabel="保存">
        <input type="hidden" name="organisationId" value={organisation.id} />
        <input type="hidden" name="year" value={String(year)} />
        {cells.map((cell) => (
          <TextField
            key={cell.key}
            name={cell.key}
            label={`${cell.rowLabel}：${cell.columnLabel}`}
            hint={cell.decimals ? '单位：万元，最多4位小数' : cell.signed ? '整数，减少填负数' : '非负整数'}
            value={valueOf(cell.key)}
            problems={problems}
          />
        ))}
      </PostForm>
    </ConsoleLayout>
  );
}
