/**
 * `gongkai privacy scan FILE… [--json]`: personal data (身份证号, 手机号码, 固定电话, 银行卡号,
 * 电子邮箱) in text, HTML, DOCX and PDF files, the check a 保密审查员 runs before publication.
 *
 * - Text output in Chinese: per file, each finding's line, kind and masked form (the number itself
 *   is not echoed to the terminal or a log).
 * - `--json`: one line per finding, `{"file","kind","text","masked","line"}`.
 * - Exit status: 0 when nothing is found, 1 when something is, 2 when a file cannot be read (2 wins:
 *   the check is then incomplete). Unreadable files are reported on stderr.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { MAX_INPUT_BYTES } from '../../domains/audit/extract/index.ts';
import { PRIVACY_KIND_LABELS, scanDocument, UnreadableDocument } from '../../domains/publishing/privacy/index.ts';
import type { PrivacyFinding } from '../../domains/publishing/privacy/index.ts';

interface ScanOptions {
  json?: boolean;
}

type Outcome = { findings: PrivacyFinding[] } | { unreadable: string };

async function scanPath(path: string): Promise<Outcome> {
  const info = await stat(path).catch(() => null);
  if (!info) return { unreadable: '文件不存在' };
  if (!info.isFile()) return { unreadable: '不是文件' };
  if (info.size > MAX_INPUT_BYTES) return { unreadable: `文件过大（${info.size} 字节）` };
  try {
    return { findings: await scanDocument(await readFile(path), path) };
  } catch (error) {
    if (error instanceof UnreadableDocument) return { unreadable: error.userMessage.replace(/^无法检查 .*?：/, '') };
    return { unreadable: `读取失败（${error instanceof Error ? error.message : String(error)}）` };
  }
}

function printText(path: string, findings: readonly PrivacyFinding[]): void {
  if (findings.length === 0) {
    console.log(`${path}：未发现个人信息`);
    return;
  }
  console.log(`${path}：发现 ${findings.length} 处个人信息`);
  for (const f of findings) console.log(`  第 ${f.line} 行  ${PRIVACY_KIND_LABELS[f.kind]}  ${f.masked}`);
}

export function registerPrivacyCommands(program: Command): void {
  const group = program.command('privacy').description('个人信息检查：身份证号、手机号码、固定电话、银行卡号、电子邮箱');

  group
    .command('scan')
    .description('检查文件（文本、HTML、DOCX、PDF）中的个人信息；退出码 0 未发现，1 发现，2 有文件无法读取')
    .argument('<files...>', '要检查的文件')
    .option('--json', '每处发现输出一行 JSON：{"file","kind","text","masked","line"}')
    .action(async (files: string[], options: ScanOptions) => {
      let found = 0;
      let unreadable = 0;
      for (const file of files) {
        const outcome = await scanPath(file);
        if ('unreadable' in outcome) {
          unreadable++;
          console.error(`${file}：无法读取，未检查（${outcome.unreadable}）`);
          continue;
        }
        found += outcome.findings.length;
        if (options.json) {
          for (const f of outcome.findings) {
            console.log(JSON.stringify({ file, kind: f.kind, text: f.text, masked: f.masked, line: f.line }));
          }
        } else printText(file, outcome.findings);
      }
      if (!options.json) {
        const checked = files.length - unreadable;
        console.log(`共检查 ${checked} 个文件，发现 ${found} 处个人信息${unreadable > 0 ? `，${unreadable} 个文件无法读取` : ''}。`);
      }
      process.exitCode = unreadable > 0 ? 2 : found > 0 ? 1 : 0;
    });
}
