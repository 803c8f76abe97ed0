import { describe, expect, it } from 'vitest';
import commonPasswords from './data/common-passwords.json' with { type: 'json' };
import { generatePassword, isCommonPassword, passwordProblems } from './passwords.ts';

const messages = (password: string, username?: string) => passwordProblems(password, username).map((p) => p.message);

describe('the password rule', () => {
  it.each([
    ['        ', '密码不能为空白'],
    ['', '密码不能为空白'],
    ['a1      ', '密码至少需要8个字符（首尾空格不计）'],
    ['   a1b2c3   ', '密码至少需要8个字符（首尾空格不计）'],
    ['abcdefgh', '密码须同时包含字母和数字'],
    ['zhangsan2026', '密码不能包含用户名'],
    ['ZhangSan', '密码须同时包含字母和数字'],
    ['password1', '这是最常见的密码之一，很容易被猜中，请换一个'],
    ['Passw0rd', '这是最常见的密码之一，很容易被猜中，请换一个'],
    [' abc123456 ', '这是最常见的密码之一，很容易被猜中，请换一个'],
    ['woaini1314', '这是最常见的密码之一，很容易被猜中，请换一个'],
  ])('%j → %s', (password, message) => {
    expect(messages(password, 'zhangsan')).toEqual([message]);
  });

  it('accepts a good password, spaces inside included', () => {
    expect(messages('correct horse 42', 'zhangsan')).toEqual([]);
    expect(messages('Gongkai-Yichuan-7', 'zhangsan')).toEqual([]);
  });

  it('ships a list of common passwords, in lower case, and generated passwords never hit it', () => {
    expect(commonPasswords.length).toBeGreaterThan(300);
    expect(commonPasswords.every((p) => p === p.toLowerCase())).toBe(true);
    expect(isCommonPassword('QWERTY123')).toBe(true);
    for (let i = 0; i < 50; i++) expect(passwordProblems(generatePassword())).toEqual([]);
  });
});
