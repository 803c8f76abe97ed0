import type { ConsoleContext } from '../console-context.ts';
import { ConsoleLayout } from '../console-layout.tsx';
import { LetterBody } from './letter-body.tsx';
import type { LetterText } from './letter-body.tsx';

/** A letter, printable (the console's frame is hidden when printing). */
export function LetterPage({ ctx, caseId, letterId, text, status }: { ctx: ConsoleContext; caseId: string; letterId: string; text: LetterText; status: string }) {
  return (
    <ConsoleLayout ctx={ctx} title={text.title}>
      <p class="back-link no-print"><a href={`/admin/applications/${caseId}`}>← 返回申请</a> · {status} · <a href={`/admin/applications/${caseId}/letters/${letterId}/docx`}>下载 Word 文档</a></p>
      <LetterBody text={text} />
    </ConsoleLayout>
  );
}
