import { z } from 'zod';
import { isCalendarDate } from '../calendar/index.ts';
import { DOCUMENT_KINDS, VALIDITIES } from './vocabulary.ts';

const date = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value === '') return null;
      if (!isCalendarDate(value)) {
        context.addIssue({ code: 'custom', message: `${label}应为有效日期，格式如 2026-03-01` });
        return z.NEVER;
      }
      return value;
    });

const text = (max: number, label: string) => z.string().trim().max(max, { error: `${label}不能超过${max}个字` }).default('');

/** The fields of an item a publisher types (draft and edit). */
export const itemFieldsInput = z.object({
  columnId: z.string({ error: '请选择栏目' }).trim().min(1, { error: '请选择栏目' }),
  title: z.string({ error: '请填写标题' }).trim().min(1, { error: '请填写标题' }).max(300, { error: '标题不能超过300个字' }),
  body: z.string().max(2_000_000, { error: '正文过长' }).default(''),
  issuer: text(200, '发布机构'),
  topic: text(200, '主题分类'),
  docNumber: text(200, '文号'),
  keywords: text(300, '关键词'),
  madeOn: date('成文日期'),
  formedOn: date('信息形成或变更日期'),
  scheduledOn: date('定时发布日期'),
  effectiveOn: date('施行日期'),
  documentKind: z.enum(DOCUMENT_KINDS, { error: '请选择文件类型' }).optional(),
  validity: z.enum(VALIDITIES, { error: '请选择有效性' }).optional(),
});
export type ItemFieldsInput = z.input<typeof itemFieldsInput>;
export type ItemFields = z.output<typeof itemFieldsInput>;
