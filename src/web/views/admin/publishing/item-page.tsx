import {
  DEADLINE_STATE_LABELS,
  DOCUMENT_KIND_LABELS,
  ITEM_STATUS_LABELS,
  PRIVACY_KIND_LABELS,
  REVIEW_DECISION_LABELS,
  VALIDITY_LABELS,
  WORKFLOW_STEP_LABELS,
} from '../../../../domains/publishing/index.ts';
import type { ItemDetail, LocatedFinding, ReviewDecision, WorkflowStep } from '../../../../domains/publishing/index.ts';
import type { FieldProblem } from '../../../../domains/shared/errors.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice, SelectField, TextField } from '../../components/fields.tsx';
import type { ConsoleContext } from '../../console-context.ts';
import { ConsoleLayout } from '../../console-layout.tsx';
import { markFindings, markText } from './mark-findings.ts';
import { beijingTime, PUBLISHING_LINKS, PublishingNav, TextAreaField } from './shared.tsx';

export interface ItemPageProps {
  ctx: ConsoleContext;
  detail: ItemDetail;
  problems: readonly FieldProblem[];
  notice?: string;
}

const STEP_NAMES: Record<string, string> = { ...WORKFLOW_STEP_LABELS, draft: '起草', publish: '发布' };

function where(finding: LocatedFinding): string {
  if (finding.where === 'title') return '标题';
  if (finding.where === 'attachment') return `附件《${finding.attachmentName ?? ''}》第${finding.line}行`;
  return `正文第${finding.line}行`;
}

/** Findings grouped by key (the same number twice is one thing to mask or waive). */
function groupFindings(findings: readonly LocatedFinding[]) {
  const groups = new Map<string, { first: LocatedFinding; places: string[]; inText: boolean }>();
  for (const finding of findings) {
    const group = groups.get(finding.key) ?? { first: finding, places: [], inText: false };
    group.places.push(where(finding));
    if (finding.where !== 'attachment') group.inText = true;
    groups.set(finding.key, group);
  }
  return [...groups.values()];
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** `/admin/publishing/items/:id`: the item, its privacy findings in place, the actions the user may take, the trail. */
export function ItemPage({ ctx, detail, problems, notice }: ItemPageProps) {
  const { item, abilities, deadline } = detail;
  const base = `/admin/publishing/items/${item.id}`;
  const waived = new Map(detail.waivers.map((w) => [w.findingKey, w]));
  const groups = groupFindings(detail.findings);
  const open = groups.filter((g) => !waived.has(g.first.key));
  const openTexts = open.map((g) => g.first.text);
  const steps = detail.settings.workflowSteps;
  const isStep = (steps as readonly string[]).includes(item.status);
  const lastStep = isStep && steps.indexOf(item.status as WorkflowStep) === steps.length - 1;
  return (
    <ConsoleLayout ctx={ctx} title={item.title} hasErrors={problems.length > 0}>
      <PublishingNav current="/admin/publishing/items" links={PUBLISHING_LINKS} />
      <Notice message={notice} />
      <ErrorSummary problems={problems} />
      <p class="back-link">
        <a href="/admin/publishing/items">← 返回信息列表</a>
      </p>
      <h1 dangerouslySetInnerHTML={{ __html: markText(item.title, openTexts) }} />
      <dl class="summary">
        <dt>状态</dt>
        <dd>
          <span class={`tag tag--${item.status}`}>{ITEM_STATUS_LABELS[item.status]}</span>
          {item.status === 'scheduled' && item.scheduledOn ? ` 将于 ${item.scheduledOn} 发布` : null}
        </dd>
        <dt>机构</dt>
        <dd>{detail.organisation.name}</dd>
        <dt>栏目</dt>
        <dd>{detail.column?.name ?? '—'}</dd>
        <dt>索引号</dt>
        <dd>{item.indexNumber ?? '发布时生成'}</dd>
        <dt>发布时限</dt>
        <dd>
          <span class={`deadline deadline--${deadline.state}`}>{DEADLINE_STATE_LABELS[deadline.state]}</span>
          {`（信息形成或变更于 ${item.formedOn}，应于 ${deadline.dueOn} 前公开`}
          {deadline.state === 'on_time' || deadline.state === 'due_soon' ? `，还剩 ${deadline.workdaysLeft} 个工作日` : ''}
          {deadline.state === 'overdue' ? `，已超期 ${-deadline.workdaysLeft} 个工作日` : ''}
          {deadline.provisional ? '；所跨年度的节假日安排尚未公布，按周末推算' : ''}
          {'）'}
        </dd>
      </dl>
      {item.status === 'draft' && item.rejectionReason ? (
        <div class="notice notice--warning" role="status">
          已退回修改：{item.rejectionReason}
        </div>
      ) : null}
      {item.status === 'withdrawn' ? (
        <div class="notice notice--warning" role="status">
          已于 {item.withdrawnOn} 撤回：{item.withdrawnReason}。索引号 {item.indexNumber} 保留不再使用。
        </div>
      ) : null}

      <section aria-labelledby="privacy-title" class={open.length > 0 ? 'privacy privacy--open' : 'privacy'}>
        <h2 id="privacy-title">个人信息检查</h2>
        {groups.length === 0 ? (
          <p>未发现身份证号、手机号码、固定电话、银行卡号或电子邮箱。</p>
        ) : (
          <>
            <p>
              发现 {groups.length} 项个人信息，{open.length > 0 ? <strong>{`${open.length} 项待处理`}</strong> : '均已处理'}。
              发布前须逐项脱敏，或由保密审查员说明理由后确认无需脱敏。
            </p>
            <table class="table">
              <caption class="visually-hidden">个人信息检查结果</caption>
              <thead>
                <tr>
                  <th scope="col">类型</th>
                  <th scope="col">位置</th>
                  <th scope="col">内容</th>
                  <th scope="col">脱敏后</th>
                  <th scope="col">处理</th>
                </tr>
              </thead>
              <tbody>
                {groups.map(({ first, places, inText }) => {
                  const waiver = waived.get(first.key);
                  return (
                    <tr key={first.key}>
                      <td>{PRIVACY_KIND_LABELS[first.kind]}</td>
                      <td>{places.join('、')}</td>
                      <td>
                        <mark class="privacy-finding">{first.text}</mark>
                      </td>
                      <td>{first.masked}</td>
                      <td>
                        {waiver ? (
                          <span>
                            已确认无需脱敏：{waiver.reason}（{waiver.userName}，{beijingTime(waiver.occurredAt)}）
                          </span>
                        ) : (
                          <>
                            {abilities.mask && inText ? (
                              <form method="post" action={`${base}/mask`} class="inline-form">
                                <CsrfField token={ctx.csrfToken} />
                                <input type="hidden" name="version" value={String(item.version)} />
                                <input type="hidden" name="key" value={first.key} />
                                <button type="submit" class="button button--secondary">
                                  脱敏<span class="visually-hidden">{`${PRIVACY_KIND_LABELS[first.kind]} ${first.masked}`}</span>
                                </button>
                              </form>
                            ) : null}
                            {!inText ? <p class="muted">附件中的个人信息须替换附件，或由保密审查员确认。</p> : null}
                            {abilities.waive ? (
                              <form method="post" action={`${base}/waive`} class="waive-form">
                                <CsrfField token={ctx.csrfToken} />
                                <input type="hidden" name="key" value={first.key} />
                                <label class="label" for={`waive-${first.key}`}>
                                  无需脱敏的理由
                                </label>
                                <input class="input" type="text" id={`waive-${first.key}`} name="reason" />
                                <button type="submit" class="button button--secondary">
                                  确认无需脱敏
                                </button>
                              </form>
                            ) : null}
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {abilities.mask && open.some((g) => g.inText) ? (
              <form method="post" action={`${base}/mask`}>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="version" value={String(item.version)} />
                <button type="submit" class="button">
                  一键全部脱敏
                </button>
              </form>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="actions-title">
        <h2 id="actions-title">办理</h2>
        {!abilities.edit && !abilities.decide && !abilities.withdraw && !abilities.repeal ? <p class="muted">当前没有需要您办理的操作。</p> : null}
        {abilities.edit ? (
          <p>
            <a class="button button--secondary" href={`${base}/edit`}>
              修改草稿
            </a>{' '}
            <form method="post" action={`${base}/submit`} class="inline-form">
              <CsrfField token={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(item.version)} />
              <button type="submit" class="button">
                提交{WORKFLOW_STEP_LABELS[steps[0] ?? 'review']}
              </button>
            </form>
          </p>
        ) : null}
        {abilities.decide ? (
          <form method="post" action={`${base}/decide`} novalidate>
            <h3>{WORKFLOW_STEP_LABELS[item.status as WorkflowStep]}</h3>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            {lastStep ? <p>{item.scheduledOn ? `通过后将于 ${item.scheduledOn} 定时发布。` : '通过后立即发布。'}</p> : null}
            {open.length > 0 && (item.status === 'secrecy' || lastStep) ? (
              <p class="notice notice--warning">尚有 {open.length} 项个人信息未处理，处理后才能通过。</p>
            ) : null}
            <TextAreaField name="opinion" label="意见" hint="退回时必须填写理由" rows={3} problems={problems} />
            <button type="submit" name="decision" value="approve" class="button">
              通过
            </button>{' '}
            <button type="submit" name="decision" value="reject" class="button button--secondary">
              退回
            </button>
          </form>
        ) : null}
        {abilities.withdraw ? (
          <form method="post" action={`${base}/withdraw`} novalidate>
            <h3>撤回</h3>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <TextAreaField name="reason" label="撤回理由" hint="撤回后门户网站的页面将显示撤回理由，索引号保留" rows={2} problems={problems} />
            <button type="submit" class="button button--secondary">
              撤回
            </button>
          </form>
        ) : null}
        {abilities.repeal ? (
          <form method="post" action={`${base}/repeal`} novalidate>
            <h3>废止或失效</h3>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <SelectField name="validity" label="有效性" options={[{ value: 'repealed', label: '废止' }, { value: 'expired', label: '失效' }]} value="repealed" problems={problems} />
            <TextField name="on" label="日期" hint="格式如 2026-03-01" problems={problems} />
            <TextAreaField name="reason" label="说明" rows={2} problems={problems} />
            <button type="submit" class="button button--secondary">
              确认
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="meta-title">
        <h2 id="meta-title">元数据</h2>
        <dl class="summary">
          <dt>发布机构</dt>
          <dd>{item.issuer || '—'}</dd>
          <dt>主题分类</dt>
          <dd>{item.topic || '—'}</dd>
          <dt>文号</dt>
          <dd>{item.docNumber || '—'}</dd>
          <dt>成文日期</dt>
          <dd>{item.madeOn ?? '—'}</dd>
          <dt>发布日期</dt>
          <dd>{item.publishedOn ?? '—'}</dd>
          <dt>文件类型</dt>
          <dd>{DOCUMENT_KIND_LABELS[item.documentKind]}</dd>
          {item.documentKind !== 'other' ? (
            <>
              <dt>有效性</dt>
              <dd>
                {VALIDITY_LABELS[item.validity] || '—'}
                {item.effectiveOn ? `（${item.effectiveOn} 起施行）` : ''}
                {item.repealedOn ? `（${item.repealedOn} 废止）` : ''}
                {item.expiredOn ? `（${item.expiredOn} 失效）` : ''}
              </dd>
            </>
          ) : null}
          <dt>关键词</dt>
          <dd>{item.keywords || '—'}</dd>
        </dl>
      </section>

      <section aria-labelledby="body-title">
        <h2 id="body-title">正文</h2>
        <div class="item-body" dangerouslySetInnerHTML={{ __html: markFindings(item.bodyHtml, openTexts) || '<p>（无正文）</p>' }} />
      </section>

      <section aria-labelledby="attachments-title">
        <h2 id="attachments-title">附件</h2>
        {detail.attachments.length === 0 ? (
          <p class="muted">没有附件。</p>
        ) : (
          <table class="table">
            <caption class="visually-hidden">附件</caption>
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">大小</th>
                <th scope="col">个人信息</th>
                {abilities.edit ? <th scope="col">操作</th> : null}
              </tr>
            </thead>
            <tbody>
              {detail.attachments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={`${base}/attachments/${a.id}`}>{a.fileName}</a>
                  </td>
                  <td>{formatSize(a.size)}</td>
                  <td>{a.findings.length > 0 ? `${a.findings.length} 处` : '未发现'}</td>
                  {abilities.edit ? (
                    <td>
                      <form method="post" action={`${base}/attachments/${a.id}/remove`} class="inline-form">
                        <CsrfField token={ctx.csrfToken} />
                        <button type="submit" class="button button--link">
                          删除<span class="visually-hidden">{a.fileName}</span>
                        </button>
                      </form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {abilities.edit ? (
          <form method="post" action={`${base}/attachments`} enctype="multipart/form-data">
            <CsrfField token={ctx.csrfToken} />
            <div class="form-group">
              <label class="label" for="field-file">
                上传附件
              </label>
              <p class="hint" id="field-file-hint">
                PDF、Word、Excel、图片、OFD 或文本文件，不超过20MB；文件类型按内容识别。
              </p>
              <input class="file-input" type="file" id="field-file" name="file" aria-describedby="field-file-hint" />
            </div>
            <button type="submit" class="button button--secondary">
              上传
            </button>
          </form>
        ) : null}
      </section>

      <section aria-labelledby="trail-title">
        <h2 id="trail-title">办理记录</h2>
        <table class="table">
          <caption class="visually-hidden">办理记录</caption>
          <thead>
            <tr>
              <th scope="col">环节</th>
              <th scope="col">操作</th>
              <th scope="col">人员</th>
              <th scope="col">时间</th>
              <th scope="col">意见</th>
            </tr>
          </thead>
          <tbody>
            {detail.reviews.map((r) => (
              <tr key={r.id}>
                <td>{STEP_NAMES[r.step] ?? r.step}</td>
                <td>{REVIEW_DECISION_LABELS[r.decision as ReviewDecision] ?? r.decision}</td>
                <td>{r.userName}</td>
                <td>{beijingTime(r.occurredAt)}</td>
                <td>{r.opinion || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ConsoleLayout>
  );
}
