import type { OrganisationKind } from '../accounts/organisation-kinds.ts';
import type { DocumentKind } from './vocabulary.ts';

/**
 * The standard catalogs (政务公开事项标准目录) an organisation's 栏目 tree starts from. Top level:
 * the items every agency must publish proactively (条例第二十条 (一)–(十五)) and, for a township,
 * 第二十一条's township items; below 「基层政务公开标准目录」 the areas of 基层政务公开标准化规范化
 * (国办发〔2019〕54号, domain reference §6.2; a township catalogue covers the areas a township
 * handles, a county department the areas of its sector, all 26 offered). The admin edits from there.
 */
export interface ColumnTemplate {
  code: string;
  name: string;
  /** 公开依据 */
  basis: string;
  documentKind?: DocumentKind;
  isDefault?: boolean;
  /** 公开时限, when not the 条例第二十六条 default. */
  timeLimit?: string;
  /** Update period in days for monitoring; undefined: on change. */
  updatePeriodDays?: number;
  children?: readonly ColumnTemplate[];
}

const TIAOLI = '《中华人民共和国政府信息公开条例》';
const art20 = (n: string) => `${TIAOLI}第二十条第（${n}）项`;
export const DEFAULT_TIME_LIMIT = '自该政府信息形成或者变更之日起20个工作日内';

/** The 26 areas (domain reference §6.2; 5 names there are recalled, not seen, and marked so in the doc). */
export const STANDARD_AREAS: readonly { code: string; name: string; township: boolean }[] = [
  { code: 'zdjsxm', name: '重大建设项目', township: true },
  { code: 'ggzyjy', name: '公共资源交易', township: true },
  { code: 'czyjs', name: '财政预决算', township: true },
  { code: 'aqsc', name: '安全生产', township: true },
  { code: 'ssgl', name: '税收管理', township: false },
  { code: 'zdbc', name: '征地补偿', township: true },
  { code: 'fwzs', name: '国有土地上房屋征收与补偿', township: false },
  { code: 'ncwfgz', name: '农村危房改造', township: true },
  { code: 'bzxzf', name: '保障性住房', township: false },
  { code: 'cxgh', name: '城乡规划', township: true },
  { code: 'cszhzf', name: '城市综合执法', township: false },
  { code: 'szfw', name: '市政服务', township: false },
  { code: 'sthj', name: '生态环境', township: false },
  { code: 'ggwhfw', name: '公共文化服务', township: true },
  { code: 'ggflfw', name: '公共法律服务', township: true },
  { code: 'fp', name: '扶贫', township: true },
  { code: 'jz', name: '救灾', township: true },
  { code: 'spypjg', name: '食品药品监管', township: false },
  { code: 'jy', name: '就业', township: true },
  { code: 'shbx', name: '社会保险', township: true },
  { code: 'shjz', name: '社会救助', township: true },
  { code: 'ylfw', name: '养老服务', township: true },
  { code: 'hjgl', name: '户籍管理', township: true },
  { code: 'snbt', name: '涉农补贴', township: true },
  { code: 'ywjy', name: '义务教育', township: false },
  { code: 'wsjk', name: '卫生健康', township: true },
];

const common: readonly ColumnTemplate[] = [
  { code: 'jgzn', name: '机构职能', basis: art20('二'), updatePeriodDays: 365 },
  {
    code: 'fgwj',
    name: '法规文件',
    basis: art20('一'),
    children: [
      { code: 'gz', name: '规章', basis: art20('一'), documentKind: 'regulation' },
      { code: 'xzgfxwj', name: '行政规范性文件', basis: art20('一'), documentKind: 'normative' },
      { code: 'qtwj', name: '其他文件', basis: art20('一'), isDefault: true },
    ],
  },
  { code: 'ghjh', name: '规划计划', basis: art20('三'), updatePeriodDays: 365 },
  { code: 'tjxx', name: '统计信息', basis: art20('四'), updatePeriodDays: 90 },
];

const departmentOnly: readonly ColumnTemplate[] = [
  { code: 'xzxk', name: '行政许可', basis: art20('五'), timeLimit: '自作出行政决定之日起7个工作日内' },
  { code: 'xzcf', name: '行政处罚和行政强制', basis: art20('六'), timeLimit: '自作出行政决定之日起7个工作日内' },
  { code: 'czzj', name: '财政预决算', basis: art20('七'), timeLimit: '经本级财政部门批复后20日内', updatePeriodDays: 365 },
  { code: 'sfxm', name: '行政事业性收费', basis: art20('八') },
  { code: 'zfcg', name: '政府采购', basis: art20('九'), timeLimit: '及时公开，公告期限5个工作日' },
  { code: 'jsxm', name: '重大建设项目', basis: art20('十') },
  { code: 'msxx', name: '民生政策', basis: art20('十一') },
  { code: 'yjgl', name: '应急管理', basis: art20('十二'), timeLimit: '及时公开' },
  { code: 'jdjc', name: '监督检查', basis: art20('十三') },
  { code: 'rsxx', name: '人事信息', basis: art20('十四') },
];

const townshipOnly: readonly ColumnTemplate[] = [
  { code: 'czzj', name: '财政预决算', basis: art20('七'), timeLimit: '经本级财政部门批复后20日内', updatePeriodDays: 365 },
  { code: 'nyzc', name: '农业农村政策', basis: `${TIAOLI}第二十一条` },
  { code: 'ntsl', name: '农田水利工程建设运营', basis: `${TIAOLI}第二十一条` },
  { code: 'tdcb', name: '农村土地承包经营权流转', basis: `${TIAOLI}第二十一条` },
  { code: 'zjd', name: '宅基地使用情况审核', basis: `${TIAOLI}第二十一条` },
  { code: 'tdzs', name: '土地征收和房屋征收', basis: `${TIAOLI}第二十一条` },
  { code: 'cjcl', name: '筹资筹劳', basis: `${TIAOLI}第二十一条` },
  { code: 'shjzxx', name: '社会救助', basis: `${TIAOLI}第二十一条` },
];

function areas(township: boolean): ColumnTemplate {
  return {
    code: 'bzml',
    name: '基层政务公开标准目录',
    basis: '《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）',
    children: STANDARD_AREAS.filter((area) => !township || area.township).map((area) => ({
      code: area.code,
      name: area.name,
      basis: `国办发〔2019〕54号；${area.name}领域基层政务公开标准指引`,
    })),
  };
}

export type CatalogTemplateName = 'township' | 'department';

export const CATALOG_TEMPLATES: Record<CatalogTemplateName, readonly ColumnTemplate[]> = {
  township: [...common, ...townshipOnly, areas(true)],
  department: [...common, ...departmentOnly, areas(false)],
};

/** Townships and subdistricts take the township catalog; everyone else the county-department one. */
export function templateFor(kind: OrganisationKind): CatalogTemplateName {
  return kind === 'township' || kind === 'subdistrict' ? 'township' : 'department';
}

/** 公开层级 by organisation kind. */
export function levelFor(kind: OrganisationKind): string {
  return kind === 'township' || kind === 'subdistrict' ? '乡级' : '县级';
}
