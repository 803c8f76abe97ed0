/**
 * `gongkai fee …`: 信息处理费 under 国办函〔2020〕109号.
 *
 *   gongkai fee pieces N [--already K]   按件: an applicant's N applications in one natural month
 *                                        (or N more after K earlier ones); total in 元 on the last line
 *   gongkai fee pages P                  按量: one application of P pages
 */
import type { Command } from 'commander';
import { MAX_FEE_QUANTITY, describeQuote, quoteFee } from '../../domains/requests/fees/index.ts';
import { parseCount } from '../usage.ts';

const NOTE = '说明：仅在申请人申请公开政府信息的数量、频次明显超过合理范围时收取（《政府信息公开条例》第四十二条）；同一申请只能选择按件或按量一种方式计收。';

export function registerFeeCommands(program: Command): void {
  const group = program.command('fee')
    .description('信息处理费计算（国办函〔2020〕109号）：按件计收、按量计收');

  group.command('pieces')
    .description('按件计收：同一申请人一个自然月内累计 N 件申请的费用；最后一行为合计金额（元）')
    .argument('<n>', '件数（非负整数）')
    .option('--already <k>', '本月此前已计的件数（计算其后 N 件的费用）', '0')
    .action(function (this: Command, rawN: string, opts: { already: string }) {
      const pieces = parseCount(this, rawN, '件数', MAX_FEE_QUANTITY);
      const prior = parseCount(this, opts.already, '本月此前已计的件数', MAX_FEE_QUANTITY - pieces);
      const quote = quoteFee({ basis: 'perPiece', priorThisMonth: prior, pieces });
      for (const line of describeQuote(quote)) console.log(line);
      console.log(NOTE);
      console.log(String(quote.total));
    });

  group.command('pages')
    .description('按量计收：一件申请 P 页的费用；最后一行为合计金额（元）')
    .argument('<p>', '页数（非负整数）')
    .action(function (this: Command, rawP: string) {
      const pages = parseCount(this, rawP, '页数', MAX_FEE_QUANTITY);
      const quote = quoteFee({ basis: 'perPage', pages });
      for (const line of describeQuote(quote)) console.log(line);
      console.log(NOTE);
      console.log(String(quote.total));
    });
}
