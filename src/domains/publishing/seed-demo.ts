/**
 * Published items for the demo, so a new user sees a living portal: 水寨镇 and the county
 * departments, across their catalog columns, with 规范性文件 in force, repealed and expired. Written
 * with the bulk writer of `items import` (索引号, review trail, search index), dated back from today.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { CommandContext, DemoSeedResult, Organisation } from '../accounts/index.ts';
import type { CalendarDate } from '../calendar/index.ts';
import { addDays, todayInShanghai } from '../calendar/index.ts';
import type { Clock } from '../shared/clock.ts';
import { ensureCatalog } from './commands/catalog.ts';
import type { ImportedItemRow } from './import/item-rows.ts';
import { writeItems } from './import/write-items.ts';
import type { Validity } from './vocabulary.ts';

interface DemoItem {
  column: string;
  title: string;
  body: string;
  /** Days before today it was published. */
  age: number;
  docNumber?: string;
  validity?: Exclude<Validity, ''>;
  keywords?: string;
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

const SHUIZHAI: readonly DemoItem[] = [
  { column: 'jgzn', age: 300, title: '水寨镇人民政府机构职能', body: p('水寨镇人民政府是伊川县人民政府的派出……依法履行经济发展、社会管理、公共服务等职能。', '内设党政综合办公室、经济发展办公室、社会事务办公室、综合行政执法大队等机构。', '办公地址：伊川县水寨镇政府街1号；办公时间：工作日上午8:00—12:00，下午15:00—18:00。') },
  { column: 'xzgfxwj', age: 280, docNumber: '水政〔2025〕2号', validity: 'valid', keywords: '宅基地,审批', title: '水寨镇农村宅基地审批管理办法', body: p('第一条　为规范农村宅基地审批管理，保护农民合法权益，根据《中华人民共和国土地管理法》等规定，结合本镇实际，制定本办法。', '第二条　农村村民一户只能拥有一处宅基地，面积不得超过省规定的标准。', '第三条　本办法自印发之日起施行，有效期五年。') },
  { column: 'xzgfxwj', age: 600, docNumber: '水政〔2020〕11号', validity: 'repealed', title: '水寨镇村级公益事业建设一事一议筹资筹劳管理办法', body: p('本办法已由《水寨镇村级公益事业建设项目管理办法》（水政〔2025〕5号）替代，自2025年3月1日起废止。') },
  { column: 'xzgfxwj', age: 900, docNumber: '水政〔2019〕6号', validity: 'expired', title: '水寨镇2019—2023年人居环境整治三年行动方案', body: p('本方案有效期至2023年12月31日，期满自动失效。') },
  { column: 'xzgfxwj', age: 200, docNumber: '水政〔2025〕5号', validity: 'valid', title: '水寨镇村级公益事业建设项目管理办法', body: p('第一条　为加强村级公益事业建设项目管理，提高资金使用效益，制定本办法。', '第二条　项目实行村民议事、镇级审核、公开公示制度，项目实施情况在村务公开栏和政府网站同步公开。') },
  { column: 'qtwj', age: 150, docNumber: '水政办〔2025〕18号', title: '关于做好2025年秋冬季森林防火工作的通知', body: p('各村（社区）、镇直各单位：', '当前已进入森林防火重点期，为切实做好森林防火工作，现将有关事项通知如下：一、压实防火责任；二、严格野外火源管控；三、加强巡查值守。') },
  { column: 'czzj', age: 250, keywords: '预算', title: '水寨镇2025年部门预算公开', body: p('2025年水寨镇一般公共预算收入合计1,862.35万元，支出合计1,862.35万元。', '“三公”经费预算12.40万元，比上年减少0.80万元，其中公务接待费2.10万元、公务用车运行维护费10.30万元。') },
  { column: 'czzj', age: 120, keywords: '决算', title: '水寨镇2024年部门决算公开', body: p('2024年度收入总计1,795.62万元，支出总计1,790.08万元，年末结转和结余5.54万元。') },
  { column: 'ghjh', age: 320, title: '水寨镇2025年政府工作报告', body: p('过去一年，全镇上下坚持稳中求进工作总基调，粮食生产再获丰收，人居环境持续改善。', '2025年主要目标：地区生产总值增长6%左右，农村居民人均可支配收入增长7%左右。') },
  { column: 'tjxx', age: 90, title: '水寨镇2025年前三季度主要经济指标', body: p('前三季度，全镇规模以上工业增加值同比增长5.8%，固定资产投资同比增长7.2%，农村居民人均可支配收入11,236元。') },
  { column: 'snbt', age: 60, title: '水寨镇2025年耕地地力保护补贴发放情况公示', body: p('根据县财政局、县农业农村局安排，2025年耕地地力保护补贴标准为每亩105.6元，全镇共发放补贴资金623.48万元，涉及农户9,812户。具体名单已在各村公示栏张贴。') },
  { column: 'ncwfgz', age: 75, title: '水寨镇2025年农村危房改造对象公示', body: p('经农户申请、村民评议、镇级审核，拟确定2025年农村危房改造对象27户，现予以公示。公示期7天，如有异议请向镇社会事务办公室反映。') },
  { column: 'shjz', age: 40, title: '水寨镇2025年第三季度城乡低保动态管理情况', body: p('第三季度全镇新增城乡低保对象18户31人，退出12户20人，截至9月底共有低保对象1,026户1,873人，发放低保金286.4万元。') },
  { column: 'aqsc', age: 30, title: '水寨镇开展冬季安全生产大检查', body: p('为防范遏制冬季安全事故，镇安委会组织对辖区企业、学校、集贸市场开展安全生产大检查，共排查隐患46处，已整改41处。') },
  { column: 'zdjsxm', age: 100, title: '水寨镇乡村道路提升改造工程中标结果公告', body: p('项目名称：水寨镇乡村道路提升改造工程；中标单位：伊川县某路桥工程有限公司；中标金额：386.52万元；工期：120日历天。') },
  { column: 'ggwhfw', age: 20, title: '水寨镇“我们的节日·重阳”文化活动举办', body: p('镇综合文化站联合各村开展重阳节文艺汇演和敬老活动，参与群众800余人次。') },
];

const DEPARTMENT: Record<string, readonly DemoItem[]> = {
  'yichuan-jiaoyu': [
    { column: 'jgzn', age: 310, title: '伊川县教育局机构职能', body: p('贯彻执行国家教育方针、政策和法律法规，统筹规划全县各级各类教育事业发展。') },
    { column: 'xzgfxwj', age: 260, docNumber: '伊教〔2025〕21号', validity: 'valid', keywords: '义务教育,招生', title: '伊川县义务教育阶段学校招生入学工作实施办法', body: p('第一条　坚持免试就近入学原则，公办学校实行划片招生。', '第二条　进城务工人员随迁子女以居住证为主要依据，同等享有入学机会。') },
    { column: 'xzgfxwj', age: 700, docNumber: '伊教〔2021〕9号', validity: 'repealed', title: '伊川县民办学校收费管理暂行办法', body: p('本办法自2025年1月1日起废止，民办学校收费按《伊川县民办教育收费管理办法》执行。') },
    { column: 'ywjy', age: 80, title: '2025年伊川县城区义务教育学校招生划片范围', body: p('城区小学、初中招生范围按街道和社区划分，详见附表。咨询电话：0379-68221234。') },
    { column: 'xzxk', age: 45, title: '伊川县教育局2025年10月行政许可决定公示', body: p('本月共办结民办学校办学许可事项3件、教师资格认定事项126件，均在法定期限内办结。') },
    { column: 'czzj', age: 240, title: '伊川县教育局2025年部门预算', body: p('2025年部门预算收入合计52,316.8万元，其中一般公共预算拨款48,902.5万元。') },
    { column: 'zfcg', age: 25, title: '伊川县中小学教室照明改造项目采购结果公告', body: p('采购方式：公开招标；成交供应商：洛阳某照明科技有限公司；成交金额：218.60万元。') },
  ],
  'yichuan-caizheng': [
    { column: 'jgzn', age: 305, title: '伊川县财政局机构职能', body: p('拟订全县财政发展规划和政策，负责管理县级财政收支，编制年度县级预决算草案并组织执行。') },
    { column: 'xzgfxwj', age: 220, docNumber: '伊财〔2025〕7号', validity: 'valid', title: '伊川县县级财政专项资金管理办法', body: p('第一条　专项资金实行预算管理、专款专用、绩效评价和信息公开制度。', '第二条　专项资金分配结果应当在分配下达之日起20日内公开。') },
    { column: 'xzgfxwj', age: 800, docNumber: '伊财〔2020〕15号', validity: 'expired', title: '伊川县2020—2022年涉农资金统筹整合实施办法', body: p('本办法执行期限至2022年12月31日，已失效。') },
    { column: 'czzj', age: 270, keywords: '预算报告', title: '关于伊川县2024年预算执行情况和2025年预算草案的报告', body: p('2024年全县一般公共预算收入完成16.82亿元，增长3.1%；一般公共预算支出完成45.36亿元。') },
    { column: 'sfxm', age: 180, title: '伊川县行政事业性收费项目目录清单（2025年版）', body: p('全县现行行政事业性收费项目共21项，目录清单之外一律不得收费。') },
    { column: 'msxx', age: 50, title: '2025年城乡居民基本医疗保险财政补助标准公告', body: p('2025年城乡居民基本医疗保险人均财政补助标准为每人每年700元。') },
    { column: 'jdjc', age: 15, title: '伊川县财政局2025年会计信息质量检查结果公告', body: p('本年度共检查单位18家，发现问题43个，已督促整改。') },
  ],
};

async function publishFor(db: Kysely<Database>, ctx: CommandContext, organisation: Organisation, items: readonly DemoItem[], today: CalendarDate): Promise<void> {
  const columns = await ensureCatalog(db, ctx, organisation.id);
  const byCode = new Map(columns.map((c) => [c.code, c]));
  const rows: ImportedItemRow[] = items.map((item, i) => {
    const column = byCode.get(item.column) ?? columns.find((c) => c.isDefault)!;
    const publishedOn = addDays(today, -item.age);
    return {
      line: i + 1, title: item.title, body: item.body, column,
      documentKind: column.documentKind, madeOn: addDays(publishedOn, -3 - (i % 5)), publishedOn,
      docNumber: item.docNumber ?? '', keywords: item.keywords ?? '', validity: item.validity ?? (column.documentKind === 'other' ? '' : 'valid'),
    };
  });
  await inTransaction(db, (trx) => writeItems(trx, ctx, organisation, rows, { publish: true, decision: 'published' }));
}

export async function seedPublishingDemo(db: Kysely<Database>, clock: Clock, accounts: DemoSeedResult): Promise<void> {
  const ctx: CommandContext = { actor: 'system', clock, ip: null };
  const today = todayInShanghai(clock);
  for (const organisation of accounts.organisations) {
    const items = organisation.code === 'yichuan-shuizhai' ? SHUIZHAI : DEPARTMENT[organisation.code];
    if (items) await publishFor(db, ctx, organisation, items, today);
  }
}
