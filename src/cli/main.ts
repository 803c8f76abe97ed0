import { Command, CommanderError } from 'commander';
import { registerAuditCommand } from './commands/audit.ts';
import { registerCalendarCommands } from './commands/calendar.ts';
import { registerFeeCommands } from './commands/fee.ts';
import { registerPlatformCommands } from './commands/platform.ts';
import { registerServeCommand } from './commands/serve.ts';

/** The `gongkai` command: one sub-command per use case, each registered by its own file. */
export function buildProgram(): Command {
  const program = new Command('gongkai')
    .description('gongkai 政府信息公开：年度报告审核、工作日计算、信息处理费、平台服务')
    .version('0.1.0')
    .showHelpAfterError('（使用 --help 查看用法）')
    .exitOverride();
  registerAuditCommand(program);
  registerCalendarCommands(program);
  registerFeeCommands(program);
  registerPlatformCommands(program);
  registerServeCommand(program);
  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0; usage errors with 1. Commander has
    // already printed its own message.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    console.error(error instanceof Error ? `错误：${error.message}` : error);
    process.exitCode = 1;
  }
}
