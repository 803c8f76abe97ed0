/**
 * Generated data for the portal bench: published items with real-looking Chinese titles and
 * bodies (from phrases of township and county documents), spread over organisations, columns and
 * five years, inserted in bulk (the workflow is not what is measured here). Deterministic: the
 * same count gives the same items.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import { newId } from '../src/db/ids.ts';
import { ensureCatalog } from '../src/domains/publishing/index.ts';
import type { CatalogColumn } from '../src/domains/publishing/index.ts';
import { systemClock } from '../src/domains/shared/clock.ts';

const SUBJECTS = [
  '财政预算', '财政决算', '征地补偿', '农村危房改造', '社会救助', '养老服务', '义务教育', '卫生健康', '安全生产', '城乡规划',
  '公共资源交易', '重大建设项目', '涉农补贴', '就业创业', '社会保险', '户籍管理', '扶贫项目', '救灾物资', '生态环境', '食品药品监管',
  '人居环境整治', '高标准农田建设', '河长制工作', '森林防火', '防汛抗旱', '疫情防控', '营商环境', '政府采购', '行政许可', '行政处罚',
];
const FORMS = ['关于{s}的通知', '关于印发{s}实施方案的通知', '{y}年{s}情况公示', '关于{s}工作的报告', '{s}资金分配结果公告', '关于做好{s}工作的意见', '{y}年度{s}信息公开', '关于{s}有关事项的公告'];
const SENTENCES = [
  '为进一步做好{s}工作，根据有关法律法规和上级文件精神，结合本地实际，制定本方案。',
  '各村（社区）、镇直各单位要高度重视，明确责任分工，确保各项任务按时完成。',
  '现将{y}年度{s}情况予以公开，接受社会监督。',
  '资金使用严格执行财政资金管理有关规定，专款专用，不得截留挪用。',
  '公示期为7个工作日，如有异议，请在公示期内向镇人民政府反映。',
  '本通知自印发之日起施行，由镇党政办公室负责解释。',
  '坚持公开透明、公平公正的原则，依法依规开展{s}工作。',
  '各有关单位要加强统筹协调，形成工作合力，切实提高群众满意度。',
  '对工作中发现的问题，要及时整改到位，并将整改情况报送县政府。',
  '联系电话及办公地址详见政务公开栏。',
];

/** A small deterministic PRNG (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedPortal {
  /** The organisation with the most items and its busiest column. */
  busy: { code: string; column: CatalogColumn; items: number };
  /** Some item ids with their organisation code (the item-page targets). */
  sample: { code: string; id: string }[];
  /** Other items, none of them in `sample` (pages requested for the first time). */
  fresh: { code: string; id: string }[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Inserts `count` published items over every organisation's catalog (created from its template). */
export async function generatePortal(db: Kysely<Database>, count: number): Promise<GeneratedPortal> {
  const rand = random(20261201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const organisations = await db.selectFrom('organisations').select(['id', 'code', 'name']).orderBy('code').execute();
  const catalogs = new Map<string, CatalogColumn[]>();
  for (const o of organisations) catalogs.set(o.id, await ensureCatalog(db, { actor: 'system', clock: systemClock }, o.id));
  // 水寨镇 (or the first) publishes 30%, and a quarter of it goes to one column: a deep column to page.
  const busy = organisations.find((o) => o.code === 'yichuan-shuizhai') ?? organisations[0]!;
  const busyColumn = catalogs.get(busy.id)!.find((c) => c.code === 'qtwj') ?? catalogs.get(busy.id)![0]!;
  const serials = new Map<string, number>();
  const sample: { code: string; id: string }[] = [];
  const fresh: { code: string; id: string }[] = [];
  let busyCount = 0;
  const now = new Date().toISOString();
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const organisation = rand() < 0.3 ? busy : pick(organisations);
      const columns = catalogs.get(organisation.id)!;
      const column = organisation === busy && rand() < 0.25 ? busyColumn : pick(columns);
      if (column === busyColumn) busyCount++;
      const year = 2022 + Math.floor(rand() * 5);
      const publishedOn = `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
      const subject = pick(SUBJECTS);
      const fill = (text: string) => text.replaceAll('{s}', subject).replaceAll('{y}', String(year));
      const sentences = Array.from({ length: 4 + Math.floor(rand() * 10) }, () => `<p>${fill(pick(SENTENCES))}</p>`);
      const serialKey = `${organisation.id}/${year}`;
      const serial = (serials.get(serialKey) ?? 0) + 1;
      serials.set(serialKey, serial);
      const id = newId();
      const every = Math.max(2, Math.floor(count / 200));
      if (i % every === 0) sample.push({ code: organisation.code, id });
      else if (i % every === 1) fresh.push({ code: organisation.code, id });
      const normative = column.documentKind !== 'other';
      rows.push({
        id,
        organisation_id: organisation.id,
        column_id: column.id,
        title: fill(pick(FORMS)),
        body_html: sentences.join(''),
        index_number: `${organisation.code}/${year}-${pad(serial, 5)}`,
        issuer: organisation.name,
        topic: column.name,
        doc_number: normative ? `伊政〔${year}〕${serial}号` : '',
        made_on: publishedOn,
        formed_on: publishedOn,
        published_on: publishedOn,
        document_kind: column.documentKind,
        validity: normative ? 'valid' : '',
        status: 'published',
        keywords: '',
        rejection_reason: '',
        withdrawn_reason: '',
        version: 1,
        imported: 1,
        created_at: now,
        updated_at: now,
      });
    }
    await db.insertInto('information_items').values(rows).execute();
  }
  return { busy: { code: busy.code, column: busyColumn, items: busyCount }, sample, fresh };
}
