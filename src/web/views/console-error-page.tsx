import type { ConsoleContext } from './console-context.ts';
import { ConsoleLayout } from './console-layout.tsx';

export interface ConsoleErrorPageProps {
  ctx: ConsoleContext;
  status: number;
  title: string;
  message: string;
}

/** A failed request inside the console, for a signed-in person: the console's frame stays. */
export function ConsoleErrorPage({ ctx, status, title, message }: ConsoleErrorPageProps) {
  return (
    <ConsoleLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p class="muted">错误代码：{status}</p>
      <p>
        <a href="/admin">返回工作台</a>
      </p>
    </ConsoleLayout>
  );
}
