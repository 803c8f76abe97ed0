import type { Command } from 'commander';
import { importItems, ITEM_IMPORT_FIELDS, PRIVACY_KIND_LABELS } from '../../domains/publishing/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { readInputFile, refuse, withOrganisation } from '../organisation-command.ts';

/** Privacy findings printed one per line up to this many; the rest are counted. */
const FINDINGS_SHOWN = 50;

/**
 * `gongkai items import FILE --org CODE [--publish]`: brings an agency's existing site's items in
 * (JSON Lines, CSV or XLSX). Exit 0 imported, 2 refused (every bad line printed, nothing written)
 * or bad arguments. Privacy findings of imported items are listed on stderr; they do not block.
 */
export function registerItemsCommands(program: Command): void {
  const items = program.command('items').description('主动公开信息：批量导入');
  items
    .command('import')
    .description(`导入信息（JSON Lines、CSV 或 XLSX，每行一条），字段：${ITEM_IMPORT_FIELDS.join('、')}`)
    .argument('<file>', '信息文件')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .option('--publish', '按 publishedOn（发布日期）直接发布（记为导入发布）；不加则导入为草稿')
    .action(async (file: string, options: { org?: string; publish?: boolean }) => {
      if (!options.org) return refuse('缺少参数：--org');
      const bytes = await readInputFile(file);
      if (!bytes) return;
      await withOrganisation(options.org, async (db, organisation) => {
        const summary = await importItems(db, { actor: 'system', clock: systemClock, ip: null }, { organisationId: organisation.id, fileName: file, bytes, publish: options.publish ?? false });
        const lines = summary.findings.flatMap((f) => f.findings.map((finding) => `第${f.line}行《${f.title}》：${PRIVACY_KIND_LABELS[finding.kind]} ${finding.masked}`));
        for (const line of lines.slice(0, FINDINGS_SHOWN)) console.error(`隐私提示：${line}`);
        if (lines.length > FINDINGS_SHOWN) console.error(`隐私提示：另有 ${lines.length - FINDINGS_SHOWN} 处未列出`);
        const privacy = summary.findings.length > 0 ? `；${summary.findings.length} 条含个人信息（已列出，请核查后脱敏）` : '';
        console.log(`${organisation.name}：读取 ${summary.rows} 行，发布 ${summary.published} 条，草稿 ${summary.drafts} 条${privacy}。`);
      });
    });
}
