/** The fields of 条例第二十九条, shared by online intake and staff registration. */
import { z } from 'zod';
import { APPLICANT_TYPES, DELIVERY_FORMS, DELIVERY_WAYS } from './vocabulary.ts';

export const applicantFields = {
  organisationId: z.string({ error: '请选择受理机关' }).min(1, { error: '请选择受理机关' }),
  applicantType: z.enum(APPLICANT_TYPES, { error: '请选择申请人类型' }),
  applicantName: z.string({ error: '请填写申请人姓名或者名称' }).trim().min(1, { error: '请填写申请人姓名或者名称' }).max(100, { error: '姓名或者名称不能超过100个字' }),
  /** 身份证明 (第二十九条第二款第（一）项): an identity card, passport or business licence number. */
  applicantIdNumber: z.string({ error: '请填写身份证明号码' }).trim().min(4, { error: '请填写身份证明号码（第二十九条：申请人须提供身份证明）' }).max(64, { error: '身份证明号码不能超过64个字符' }),
  applicantIdFileId: z.string().trim().max(64).optional().nullable(),
  applicantContact: z.string({ error: '请填写联系方式' }).trim().min(3, { error: '请填写联系方式（电话、通信地址或电子邮箱）' }).max(300, { error: '联系方式不能超过300个字' }),
  description: z.string({ error: '请描述所申请的政府信息' }).trim().min(2, { error: '请填写所申请政府信息的名称、文号或者便于查询的其他特征性描述' }).max(5000, { error: '描述不能超过5000个字' }),
  /** Several requests in one application (一事一申请 may split them); default: the description as one. */
  requests: z.array(z.string().trim().min(2, { error: '每项申请内容至少2个字' }).max(2000)).max(20, { error: '一份申请最多20项' }).optional(),
  deliveryForm: z.enum(DELIVERY_FORMS, { error: '请选择信息的形式要求' }),
  deliveryWay: z.enum(DELIVERY_WAYS, { error: '请选择获取信息的方式' }),
};
