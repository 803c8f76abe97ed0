import { Command, CommanderError } from 'commander';
import { translateCommanderError, useChineseHelp } from './usage.ts';

type Registrar = (program: Command) => void;

/**
 * Command groups, loaded only when their command runs: `serve` and the platform commands pull in
 * Fastify and the database drivers, which `gongkai audit` or `gongkai calendar` never need, and
 * loading them all made every call start seconds slower.
 */
const COMMAND_GROUPS: { commands: readonly string[]; load: () => Promise<Registrar> }[] = [
  { commands: ['audit'], load: async () => (await import('./commands/audit.ts')).registerAuditCommand },
  { commands: ['calendar'], load: async () => (await import('./commands/calendar.ts')).registerCalendarCommands },
  { commands: ['fee'], load: async () => (await import('./commands/fee.ts')).registerFeeCommands },
  {
    commands: ['migrate', 'seed', 'org', 'user', 'backup', 'restore'],
    load: async () => (await import('./commands/platform.ts')).registerPlatformCommands,
  },
  { commands: ['serve'], load: async () => (await import('./commands/serve.ts')).registerServeCommand },
  { commands: ['privacy'], load: async () => (await import('./commands/privacy.ts')).registerPrivacyCommands },
  { commands: ['appeals'], load: async () => (await import('./commands/appeals.ts')).registerAppealsCommands },
  { commands: ['report'], load: async () => (await import('./commands/report.ts')).registerReportCommands },
  { commands: ['applications'], load: async () => (await import('./commands/applications.ts')).registerApplicationsCommands },
  { commands: ['report'], load: async () => (await import('./commands/report-tables.ts')).registerReportTablesCommand },
  { commands: ['items'], load: async () => (await import('./commands/items.ts')).registerItemsCommands },
  { commands: ['report'], load: async () => (await import('./commands/report-import.ts')).registerReportImportCommand },
];

/** The `gongkai` command with the groups needed for `argv` (all of them for help or an unknown command). */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = useChineseHelp(new Command('gongkai'), '0.1.0')
    .description('gongkai 政府信息公开：年度报告审核、工作日计算、信息处理费、平台服务')
    .showHelpAfterError('（使用 --help 查看用法）')
    .exitOverride()
    // Set before the groups add their commands, which inherit it: every usage error in Chinese.
    .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) });
  const first = argv.slice(2).find((arg) => !arg.startsWith('-'));
  const wanted = COMMAND_GROUPS.filter((group) => first !== undefined && group.commands.includes(first));
  for (const group of wanted.length > 0 ? wanted : COMMAND_GROUPS) (await group.load())(program);
  return program;
}

try {
  await (await buildProgram(process.argv)).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through here with code 0; usage errors with 1. Commander has
    // already printed its own message.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    const userMessage = (error as { userMessage?: unknown }).userMessage;
    console.error(`错误：${typeof userMessage === 'string' ? userMessage : error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
