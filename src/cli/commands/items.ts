import type { Command } from 'commander';
import { HOLD_NEEDS_PUBLISH, importItems, ITEM_IMPORT_FIELDS, PRIVACY_KIND_LABELS, rebuildSearchIndex } from '../../domains/publishing/index.ts';
import { systemClock } from '../../domains/shared/clock.ts';
import { readInputFile, refuse, withDatabase, withOrganisation } from '../organisation-command.ts';

/** Privacy findings printed one per line up to this many; the rest are counted. */
const FINDINGS_SHOWN = 50;

/**
 * `gongkai items import FILE --org CODE [--publish [--hold-personal-data]]`: brings an agency's
 * existing site's items in (JSON Lines, CSV or XLSX). Exit 0 imported, 2 refused (every bad line
 * printed, nothing written) or bad arguments. Privacy findings of published items are listed on
 * stderr; they do not block. With --hold-personal-data the items with findings are drafts instead,
 * each listed on stdout (`暂缓发布：第N行《标题》：手机号码、身份证号`) for 保密审查.
 */
export function registerItemsCommands(program: Command): void {
  const items = program.command('items').description('主动公开信息：批量导入、重建全文检索索引');
  items
    .command('import')
    .description(`导入信息（JSON Lines、CSV 或 XLSX，每行一条），字段：${ITEM_IMPORT_FIELDS.join('、')}`)
    .argument('<file>', '信息文件')
    .option('--org <code>', '机构代码，例如 yichuan-shuizhai')
    .option('--publish', '按 publishedOn（发布日期）直接发布（记为导入发布）；不加则导入为草稿')
    .option('--hold-personal-data', '须与 --publish 一起使用：隐私检查发现个人信息（身份证号、手机号码等）的信息导入为草稿、不编索引号，逐条列出行号、标题和个人信息种类，待脱敏和保密审查后发布')
    .action(async (file: string, options: { org?: string; publish?: boolean; holdPersonalData?: boolean }) => {
      if (!options.org) return refuse('缺少参数：--org');
      if (options.holdPersonalData && !options.publish) return refuse(HOLD_NEEDS_PUBLISH);
      const bytes = await readInputFile(file);
      if (!bytes) return;
      await withOrganisation(options.org, async (db, organisation) => {
        const summary = await importItems(db, { actor: 'system', clock: systemClock, ip: null }, {
          organisationId: organisation.id, fileName: file, bytes, publish: options.publish ?? false, holdPersonalData: options.holdPersonalData ?? false,
        });
        // Held items are listed below with their kinds; the hints are for what was published or drafted as asked.
        const heldLines = new Set(summary.held.map((h) => h.line));
        const lines = summary.findings.filter((f) => !heldLines.has(f.line))
          .flatMap((f) => f.findings.map((finding) => `第${f.line}行《${f.title}》：${PRIVACY_KIND_LABELS[finding.kind]} ${finding.masked}`));
        for (const line of lines.slice(0, FINDINGS_SHOWN)) console.error(`隐私提示：${line}`);
        if (lines.length > FINDINGS_SHOWN) console.error(`隐私提示：另有 ${lines.length - FINDINGS_SHOWN} 处未列出`);
        for (const h of summary.held) console.log(`暂缓发布：第${h.line}行《${h.title}》：${h.kinds.map((kind) => PRIVACY_KIND_LABELS[kind]).join('、')}`);
        const privacy = summary.held.length > 0
          ? `；${summary.held.length} 条含个人信息，已暂缓发布、导入为草稿（见上，请脱敏后送保密审查）`
          : summary.findings.length > 0 ? `；${summary.findings.length} 条含个人信息（已列出，请核查后脱敏）` : '';
        console.log(`${organisation.name}：读取 ${summary.rows} 行，发布 ${summary.published} 条，草稿 ${summary.drafts} 条${privacy}。`);
      });
    });
  // After restoring a backup from another version or a change of the tokeniser (docs/deployment.md):
  // one transaction, so searches see the old index until the new one is whole.
  items
    .command('reindex')
    .description('由全部已发布信息重建全文检索索引（恢复备份或升级后使用；重建期间检索仍用旧索引）')
    .action(async () => {
      await withDatabase(async (db) => {
        const started = performance.now();
        const count = await rebuildSearchIndex(db);
        console.log(`已重建全文检索索引：${count} 条已发布信息，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
      });
    });
}
