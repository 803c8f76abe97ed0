import type { SignInEvent } from '../../../domains/accounts/index.ts';
import { ListTable } from '../components/list-table.tsx';
import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';

const EVENT_LABELS: Record<SignInEvent['name'], string> = {
  'user.signed_in': '登录成功',
  'user.sign_in_failed': '登录失败',
  'user.locked': '账户被锁定',
  'user.unlocked': '解除锁定',
  'user.signed_out': '退出登录',
};

const REASON_LABELS: Record<string, string> = {
  unknown_user: '用户名不存在',
  wrong_password: '密码错误',
  throttled: '尝试过于频繁，已暂缓',
  locked: '账户已锁定（非常用地点）',
  disabled: '账户已停用',
  known_place: '本人在常用地点登录',
  administrator: '管理员解除',
};

/** Beijing time, to the second, for people reading the log. */
function beijingTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

/** `/admin/sign-in-events`: recent sign-ins and failed attempts, for administrators (登录记录). */
export function SignInEventsPage({ ctx, events }: { ctx: ConsoleContext; events: readonly SignInEvent[] }) {
  return (
    <ConsoleLayout ctx={ctx} title="登录记录">
      <h1>登录记录</h1>
      <p class="muted">最近的登录、登录失败、锁定与解除锁定记录（北京时间）。同一用户名或同一地址连续失败时，系统会逐步延长等待时间。</p>
      <ListTable caption="登录记录" headings={['时间', '用户名', '事件', '原因', '地址']} empty="暂无登录记录。">
        {events.map((event, index) => (
          <tr key={`${event.occurredAt}-${index}`}>
            <td>{beijingTime(event.occurredAt)}</td>
            <td>{event.userId ? <a href={`/admin/users/${event.userId}`}>{event.username}</a> : <span class="muted">（不存在的用户名）</span>}</td>
            <td>{EVENT_LABELS[event.name]}</td>
            <td>{event.reason ? (REASON_LABELS[event.reason] ?? event.reason) : ''}</td>
            <td>{event.ip ?? ''}</td>
          </tr>
        ))}
      </ListTable>
    </ConsoleLayout>
  );
}
