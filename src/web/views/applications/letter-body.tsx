/**
 * A letter of a case as printable HTML: the reply letter (答复书) from its stored content, and the
 * short notices (补正告知, 收费通知). The same content renders to DOCX in applications/letter-docx.ts.
 */
import type { LetterKind, ReplyLetter } from '../../../domains/requests/index.ts';
import { LETTER_KIND_LABELS } from '../../../domains/requests/index.ts';

export interface CorrectionContent { items: string; correctionDueOn: string; sentOn: string }
export interface FeeContent { amountYuan: number; basis: 'perPiece' | 'perPage'; quantity: number; sentOn: string; receivedOn: string }

/** The paragraphs of a letter, in order (shared by HTML and DOCX). */
export interface LetterText {
  title: string;
  number?: string;
  salutation?: string;
  paragraphs: string[];
  signature?: string;
  dated?: string;
}

export function letterText(kind: LetterKind, content: unknown, organisationName: string): LetterText {
  if (kind === 'reply') {
    const l = content as ReplyLetter;
    const paragraphs = [
      `本机关于 ${l.receivedOn} 收到您提出的政府信息公开申请，申请内容为：“${l.description}”。您要求的信息形式为${l.deliveryForm}，获取方式为${l.deliveryWay}。经审查，现答复如下：`,
      ...l.items.map((item, i) => `${l.items.length > 1 ? `${i + 1}. 关于“${item.description}”：` : ''}${item.legalBasis}${item.reason ? `（${item.reason}）` : ''}本机关向您提供：${item.applicantGets}`),
      ...(l.remedy.text ? [l.remedy.text] : []),
    ];
    return { title: l.title, number: l.number, salutation: `${l.applicantName}：`, paragraphs, signature: l.organisationName, dated: l.dated };
  }
  if (kind === 'correction') {
    const c = content as CorrectionContent;
    return {
      title: `${organisationName}${LETTER_KIND_LABELS.correction}`,
      paragraphs: [
        '您提出的政府信息公开申请内容不明确。根据《中华人民共和国政府信息公开条例》第三十条的规定，现一次性告知您需要补正的事项如下：',
        c.items,
        `请于 ${c.correctionDueOn} 前补正。答复期限自本机关收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请。`,
      ],
      signature: organisationName, dated: c.sentOn,
    };
  }
  if (kind === 'fee') {
    const f = content as FeeContent;
    return {
      title: `${organisationName}${LETTER_KIND_LABELS.fee}`,
      paragraphs: [
        `根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），您的申请需缴纳信息处理费 ${f.amountYuan.toFixed(2)} 元（${f.basis === 'perPiece' ? '按件计收' : '按量计收'}，计 ${f.quantity} ${f.basis === 'perPiece' ? '件' : '页'}）。`,
        '请自收到本通知次日起20个工作日内缴纳；逾期未缴纳的，视为放弃申请。缴费期间答复期限暂停计算。',
      ],
      signature: organisationName, dated: f.sentOn,
    };
  }
  return { title: LETTER_KIND_LABELS[kind], paragraphs: [JSON.stringify(content)] };
}

export function LetterBody({ text }: { text: LetterText }) {
  return (
    <article class="letter">
      <h1>{text.title}</h1>
      {text.number ? <p class="letter__number">申请编号：{text.number}</p> : null}
      {text.salutation ? <p>{text.salutation}</p> : null}
      {text.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
      {text.signature ? <p class="letter__signature">{text.signature}<br />{text.dated}</p> : null}
    </article>
  );
}
