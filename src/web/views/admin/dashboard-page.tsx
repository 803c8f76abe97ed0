import type { Role } from '../../../domains/accounts/index.ts';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../../domains/accounts/index.ts';
import { ROLE_CARDS } from '../../admin/dashboard-cards.ts';
import { Notice } from '../components/fields.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

export interface DashboardPageProps {
  ctx: ConsoleContext;
  displayName: string;
  /** One entry per role held, with the organisations where it is held. */
  roles: readonly { role: Role; organisationNames: readonly string[] }[];
  notice?: string;
  /** 主动公开 items near or past their 20 working days, for those who work on them. */
  deadlines?: { dueSoon: number; overdue: number };
}

/**
 * `/admin`: the roles the user holds, and a card per role that has somewhere to go (a card with no
 * link behind it — a domain not built yet — is not shown).
 */
export function DashboardPage({ ctx, displayName, roles, notice, deadlines }: DashboardPageProps) {
  const withCards = roles.filter(({ role }) => ROLE_CARDS[role].links.length > 0);
  return (
    <ConsoleLayout ctx={ctx} title="工作台">
      <Notice message={notice} />
      <h1>工作台</h1>
      <p class="lead">{displayName}，您好。</p>
      {roles.length === 0 ? (
        <p class="placeholder">您的账户尚未分配角色，请联系本机关的系统管理员。</p>
      ) : (
        <ul class="role-list">
          {roles.map(({ role, organisationNames }) => (
            <li key={role}>
              <span class="tag">{ROLE_LABELS[role]}</span> {organisationNames.join('、')}
            </li>
          ))}
        </ul>
      )}
      {withCards.length === 0 && !deadlines ? null : (
        <ul class="cards">
          {withCards.map(({ role }) => {
            const card = ROLE_CARDS[role];
            return (
              <li class="card" key={role}>
                <h2>{card.title}</h2>
                <p class="muted">{ROLE_DESCRIPTIONS[role]}</p>
                {card.links.length > 0 ? (
                  <ul>
                    {card.links.map((link) => (
                      <li key={link.href}>
                        <a href={link.href}>{link.label}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {card.coming ? <p class="muted">{card.coming}</p> : null}
              </li>
            );
          })}
          {deadlines ? (
            <li class={deadlines.overdue > 0 ? 'card card--alert' : 'card'}>
              <h2>发布时限</h2>
              <p>
                已超期 <strong>{deadlines.overdue}</strong> 条，即将到期 <strong>{deadlines.dueSoon}</strong> 条
              </p>
              <p class="muted">主动公开信息自形成或者变更之日起20个工作日内公开（条例第二十六条）。</p>
              <p>
                <a href="/admin/publishing/due">查看发布时限</a>
              </p>
            </li>
          ) : null}
        </ul>
      )}
    </ConsoleLayout>
  );
}
