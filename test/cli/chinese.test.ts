import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGongkai } from '../support/cli.ts';

/** Commander's English words that must not reach a person at the command line. */
const ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|output the version|\[options\]|error: /;

describe('the command line speaks Chinese', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gongkai-cli-zh-'));
  const env = { GONGKAI_DATA_DIR: dataDir };

  it('--help of the program and of a nested command: headings, help and version options in Chinese', async () => {
    for (const args of [['--help'], ['user', 'create', '--help'], ['org', '--help']]) {
      const run = await runGongkai(args, { env });
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toMatch(/^用法：gongkai/);
      expect(run.stdout, args.join(' ')).toContain('选项：');
      expect(run.stdout, args.join(' ')).toContain('显示帮助');
      expect(run.stdout, args.join(' ')).not.toMatch(ENGLISH);
    }
    expect((await runGongkai(['--help'], { env })).stdout).toContain('显示版本号');
  });

  it('usage errors in Chinese, exit 2', async () => {
    const unknown = await runGongkai(['user', 'create', '--bogus'], { env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('错误：未知选项 --bogus');
    expect(unknown.stderr).not.toMatch(ENGLISH);
  });

  it('field names in Chinese (with the flag), never the domain’s field codes', async () => {
    expect((await runGongkai(['seed', '--demo'], { env })).status).toBe(0);
    const weak = await runGongkai(['user', 'create', '--username', 'zhangsan', '--name', '张三', '--org', 'yichuan-shuizhai', '--role', 'publisher', '--password', 'a1      '], { env });
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('密码（--password）：密码至少需要8个字符（首尾空格不计）');
    expect(weak.stderr).not.toMatch(/\bpassword：/);
    const misplaced = await runGongkai(['org', 'create', '--code', 'x-gov', '--name', '伊川县人民政府', '--kind', 'county_government', '--parent', 'yichuan-shuizhai'], { env });
    expect(misplaced.status).toBe(2);
    expect(misplaced.stderr).toContain('机构类型（--kind）：乡镇人民政府下不能设立县级人民政府');
  });
});
