/**
 * The applications of 水寨镇 for the demo: last year's ledger, every case closed or carried over
 * (brought in through the ledger import, as an office moving to the platform would), and this
 * year's cases in every state of handling, made through the real commands: new, being handled,
 * waiting for a 补正, consulting a third party, extended, decided, and overdue.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CommandContext, DemoSeedResult } from '../../accounts/index.ts';
import type { CalendarDate } from '../../calendar/index.ts';
import { addDays, builtinCalendar, todayInShanghai, yearOf } from '../../calendar/index.ts';
import type { Clock } from '../../shared/clock.ts';
import type { TableFile } from '../../shared/table-file.ts';
import { approveExtension, requestExtension } from './commands/extension.ts';
import { decideApplication } from './commands/decision.ts';
import { assignHandler, requestCorrection, startConsultation } from './commands/handling.ts';
import { importLedgerTable } from './commands/import-ledger.ts';
import { registerApplication } from './commands/intake.ts';
import type { ApplicantType, StaffChannel } from './vocabulary.ts';

export const DEMO_APPLICATIONS_ORGANISATION = 'yichuan-shuizhai';

const SUBJECTS = [
  '本村2024年度宅基地审批名单', '水寨镇农村危房改造补助对象公示材料', '某村道路硬化工程的招标文件和验收报告', '本人承包地的土地确权登记资料',
  '镇政府2024年“三公”经费支出明细', '本村低保户评定的会议记录和名单', '征地补偿款的发放标准和发放名单', '某养殖场的环评审批文件',
  '镇卫生院改扩建项目的资金来源', '高标准农田建设项目的实施方案', '本村集体土地流转合同', '镇政府对本人信访事项的处理意见',
];
const NAMES = ['张建国', '李秀英', '王志强', '刘桂兰', '陈卫东', '杨淑芬', '赵军', '黄丽', '周海', '吴春燕'];
const ORG_APPLICANTS: Record<Exclude<ApplicantType, 'natural'>, string> = {
  commercial: '伊川县某建材有限公司', research: '某大学公共管理学院课题组', nonprofit: '某公益环保协会', legal: '河南某律师事务所', otherOrg: '某村股份经济合作社',
};
const TYPE_CYCLE: readonly ApplicantType[] = ['natural', 'natural', 'natural', 'commercial', 'natural', 'legal', 'natural', 'natural', 'nonprofit', 'natural', 'research', 'natural'];
const CHANNEL_WORDS = ['当面', '网络', '邮寄', '当面', '电子邮件', '网络'];
/** 办理结果 as a township ledger writes them: mostly disclosed, the rest spread over the table. */
const OUTCOME_WORDS = [
  '予以公开', '予以公开', '部分公开', '予以公开', '本机关不掌握相关政府信息', '予以公开', '属于三类内部事务信息', '予以公开',
  '重复申请', '部分公开', '信访举报投诉类申请', '保护第三方合法权益', '予以公开', '没有现成信息需要另行制作', '属于四类过程性信息', '其他',
];

const applicantName = (type: ApplicantType, i: number) => (type === 'natural' ? NAMES[i % NAMES.length]! : ORG_APPLICANTS[type]);

/** Last year's ledger: six applications a month; December's are answered in January. */
function lastYearLedger(year: number, today: CalendarDate): TableFile {
  const calendar = builtinCalendar();
  const rows: TableFile['rows'] = [];
  for (let i = 0; i < 72; i++) {
    const receivedOn = `${year}-${String(Math.floor(i / 6) + 1).padStart(2, '0')}-${String(3 + (i % 6) * 4).padStart(2, '0')}` as CalendarDate;
    const corrected = i % 9 === 4;
    const extended = i % 11 === 7;
    const correctedOn = corrected ? addDays(receivedOn, 6) : null;
    const closedOn = calendar.addWorkdays(correctedOn ?? receivedOn, extended ? 28 : 6 + (i % 13)).date;
    const type = TYPE_CYCLE[i % TYPE_CYCLE.length]!;
    const open = closedOn > today;
    rows.push({
      line: i + 2,
      cells: {
        申请编号: `YSQ${year}${String(i + 1).padStart(5, '0')}`, 收到日期: receivedOn, 收到方式: CHANNEL_WORDS[i % CHANNEL_WORDS.length]!,
        申请人类型: { natural: '自然人', commercial: '商业企业', research: '科研机构', nonprofit: '社会公益组织', legal: '法律服务机构', otherOrg: '其他' }[type],
        补正后收到日期: correctedOn ?? '', 延期: extended ? '是' : '否', 办结日期: open ? '' : closedOn,
        办理结果: open ? '' : OUTCOME_WORDS[i % OUTCOME_WORDS.length]!, 收费金额: i === 20 ? '120' : '',
        申请人: applicantName(type, i), 申请内容: SUBJECTS[i % SUBJECTS.length]!,
      },
    });
  }
  return { format: 'csv', headers: Object.keys(rows[0]!.cells), rows };
}

export async function seedApplicationsDemo(db: Kysely<Database>, clock: Clock, accounts: DemoSeedResult): Promise<void> {
  const township = accounts.organisations.find((o) => o.code === DEMO_APPLICATIONS_ORGANISATION);
  if (!township) return;
  const ctx: CommandContext = { actor: 'system', clock, ip: null };
  const today = todayInShanghai(clock);
  await importLedgerTable(db, ctx, { organisationId: township.id, fileName: '示例台账.xlsx', table: lastYearLedger(yearOf(today) - 1, today) });

  const handler = await db.selectFrom('users').select('id').where('username', '=', 'shuizhai').executeTakeFirst();
  let n = 0;
  const register = async (daysAgo: number, channel: StaffChannel = 'inPerson', assign = true) => {
    const type = TYPE_CYCLE[n % TYPE_CYCLE.length]!;
    const arrivedOn = addDays(today, -daysAgo);
    const received = await registerApplication(db, ctx, {
      organisationId: township.id, applicantType: type, applicantName: applicantName(type, n + 3), applicantIdNumber: type === 'natural' ? `410329198${n % 10}0101${String(1000 + n).slice(-4)}` : `91410329MA4${String(1000000 + n).slice(-7)}`,
      applicantContact: `1380379${String(1000 + n).slice(-4)}，河南省伊川县水寨镇`, description: SUBJECTS[(n + 5) % SUBJECTS.length]!,
      deliveryForm: 'paper', deliveryWay: 'post', channel, arrivedOn, ...(channel === 'inPerson' || channel === 'signedMail' ? {} : { confirmedOn: arrivedOn }),
    });
    n++;
    if (!handler || !assign) return received.case;
    return (await assignHandler(db, ctx, { caseId: received.case.id, version: received.case.version, handlerUserId: handler.id })).case;
  };

  await register(1, 'inPerson', false);
  await register(0, 'email', false);
  await register(6);
  const correcting = await register(4, 'ordinaryMail');
  await requestCorrection(db, ctx, {
    caseId: correcting.id, version: correcting.version, sentOn: addDays(today, -2), correctionDueOn: addDays(today, 12),
    items: '申请内容中“某村道路”所指的具体村名和项目名称不明确，请写明村名、项目名称及大致年份。',
  });
  const consulting = await register(12);
  await startConsultation(db, ctx, {
    caseId: consulting.id, version: consulting.version, party: 'thirdParty', partyName: '伊川县某建材有限公司',
    question: '申请公开的合同含有贵公司的报价明细，是否同意公开，请于15个工作日内书面答复。', sentOn: addDays(today, -6), deliveredOn: addDays(today, -5),
  });
  const extending = await register(20);
  const asked = await requestExtension(db, ctx, { caseId: extending.id, version: extending.version, workdays: 15, reason: '申请内容涉及多个村、多个年度的档案，需逐卷检索。', requestedOn: addDays(today, -2) });
  await approveExtension(db, ctx, { caseId: extending.id, version: asked.case.version, decidedOn: addDays(today, -1), note: '同意延长。' });
  const deciding = await register(15);
  const [item] = await db.selectFrom('application_items').select('id').where('case_id', '=', deciding.id).execute();
  await decideApplication(db, ctx, { caseId: deciding.id, version: deciding.version, decidedOn: addDays(today, -1), items: [{ itemId: item!.id, outcome: 'disclosed' }] });
  await register(45);
  await register(52, 'signedMail');
}
