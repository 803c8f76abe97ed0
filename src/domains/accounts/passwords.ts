import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import type { FieldProblem } from '../shared/errors.ts';
import commonPasswords from './data/common-passwords.json' with { type: 'json' };

/**
 * Passwords: scrypt (N=16384, r=8, p=1) with a 16-byte salt per user, compared in constant time.
 * Stored as `scrypt$N$r$p$saltBase64$hashBase64` so the cost can be raised later.
 */
const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 }, (error, key) =>
      error ? reject(error) : resolvePromise(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the user does not exist, so that costs the same time. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

export const MIN_PASSWORD_LENGTH = 8;

/** The rule as the forms show it, beside the password field. */
export const PASSWORD_RULE = `至少${MIN_PASSWORD_LENGTH}个字符（首尾空格不计），须同时包含字母和数字，不能包含用户名，不能是常见密码（如 password1、abc123456）。`;

/** The most common passwords (shipped with the project, lower case): guessed first by anyone. */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(commonPasswords as string[]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}

/**
 * The strength rule: at least 8 characters not counting spaces at either end (`a1` and six spaces
 * is two characters), letters and digits, neither containing the username nor among the most
 * common passwords. The password itself is kept as typed (spaces inside and around are allowed).
 */
export function passwordProblems(password: string, username?: string, field = 'password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const meaningful = password.trim();
  if (meaningful.length === 0) {
    problems.push({ field, message: '密码不能为空白' });
  } else if ([...meaningful].length < MIN_PASSWORD_LENGTH) {
    problems.push({ field, message: `密码至少需要${MIN_PASSWORD_LENGTH}个字符（首尾空格不计）` });
  } else if (password.length > 200) {
    problems.push({ field, message: '密码不能超过200个字符' });
  } else if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) {
    problems.push({ field, message: '密码须同时包含字母和数字' });
  } else if (username !== undefined && username.trim() !== '' && password.toLowerCase().includes(username.trim().toLowerCase())) {
    problems.push({ field, message: '密码不能包含用户名' });
  } else if (isCommonPassword(password)) {
    problems.push({ field, message: '这是最常见的密码之一，很容易被猜中，请换一个' });
  }
  return problems;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A random password that satisfies the strength rule (12 characters, no look-alike characters). */
export function generatePassword(length = 12): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < length; i++) password += ALPHABET[randomInt(ALPHABET.length)];
    if (/[a-zA-Z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}
