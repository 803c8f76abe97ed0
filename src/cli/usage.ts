/**
 * Usage errors shared by every command group: Chinese messages on stderr and exit code 2.
 * main.ts routes Commander's own (English) usage errors through `translateCommanderError`.
 */
import { Help } from 'commander';
import type { Command } from 'commander';

/** Commander's own words in help texts, in Chinese (headings, placeholders, defaults). */
const HELP_WORDS: [RegExp, string][] = [
  [/^Usage: ?/gm, '用法：'],
  [/^Options:/gm, '选项：'],
  [/^Global Options:/gm, '全局选项：'],
  [/^Commands:/gm, '命令：'],
  [/^Arguments:/gm, '参数：'],
  [/\[options\]/g, '[选项]'],
  [/\[command\]/g, '[命令]'],
  [/\(default: ([^)]*)\)/g, '（默认：$1）'],
  [/\(choices: ([^)]*)\)/g, '（可选：$1）'],
];

export function translateHelp(text: string): string {
  return HELP_WORDS.reduce((out, [re, replacement]) => out.replace(re, replacement), text);
}

/**
 * Help in Chinese for a program and every command added to it afterwards (Commander copies these
 * settings to each new subcommand): the help option and command, the version option, the headings.
 */
export function useChineseHelp(program: Command, version: string): Command {
  return program
    .version(version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp({ formatHelp: (command, helper) => translateHelp(Help.prototype.formatHelp.call(helper, command, helper)) });
}

/** Commander's English usage errors, in Chinese. */
export function translateCommanderError(text: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '(-\d[\d.]*)'.*$/s, (_, v) => `错误：不接受负数 ${v}：请填写非负整数。\n`],
    [/^error: unknown option '([^']*)'(?:\s*\(Did you mean (.*)\?\))?\s*$/s, (_, o, s) => `错误：未知选项 ${o}${s ? `（是否想用 ${s}？）` : ''}。\n`],
    [/^error: missing required argument '([^']*)'\s*$/s, (_, a) => `错误：缺少参数 ${a}。\n`],
    [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.\s*$/s, (_, c, e, g) => `错误：${c ? `${c} ` : ''}参数过多：需要 ${e} 个，收到 ${g} 个。\n`],
    [/^error: unknown command '([^']*)'.*$/s, (_, c) => `错误：未知命令 ${c}。\n`],
    [/^error: option '([^']*)' argument missing\s*$/s, (_, o) => `错误：选项 ${o} 缺少取值。\n`],
    [/^error: option '([^']*)' argument '([^']*)' is invalid\.(.*)$/s, (_, o, v, r) => `错误：选项 ${o} 的取值 ${v} 无效。${r.trim()}\n`],
    [/^error: required option '([^']*)' not specified\s*$/s, (_, o) => `错误：缺少必填选项 ${o}。\n`],
    [/^error: missing required argument\s*$/s, () => '错误：缺少参数。\n'],
    [/^error: unknown command\s*$/s, () => '错误：未知命令。\n'],
    [/^error: too many arguments\.?\s*$/s, () => '错误：参数过多。\n'],
    [/^error: (.*)$/s, (_, rest) => `错误：${rest.trim()}\n`],
  ];
  for (const [re, f] of rules) {
    const m = re.exec(text);
    if (m) return f(...m);
  }
  return text;
}

/** Stops with a usage error: Chinese message on stderr, exit code 2. */
export function usageError(command: Command, message: string): never {
  command.error(`错误：${message}`, { exitCode: 2, code: 'gongkai.usage' });
  throw new Error(message); // not reached: command.error throws (exitOverride) or exits
}

/** A non-negative integer argument, or a usage error. */
export function parseCount(command: Command, raw: string, what: string, max: number): number {
  if (!/^\+?\d+$/.test(raw.trim())) {
    usageError(command, /^-\d/.test(raw.trim()) ? `${what}不能为负数：${raw}` : `${what}须为非负整数，收到：${raw}`);
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n > max) usageError(command, `${what}不能超过 ${max}，收到：${raw}`);
  return n;
}
