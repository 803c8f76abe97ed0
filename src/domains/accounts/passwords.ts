import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import type { FieldProblem } from '../shared/errors.ts';

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

/** The strength rule: at least 8 characters, letters and digits, not the username. */
export function passwordProblems(password: string, username?: string, field = 'password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) {
    problems.push({ field, message: `密码至少需要${MIN_PASSWORD_LENGTH}个字符` });
  } else if (password.length > 200) {
    problems.push({ field, message: '密码不能超过200个字符' });
  } else if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) {
    problems.push({ field, message: '密码须同时包含字母和数字' });
  } else if (username !== undefined && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ field, message: '密码不能包含用户名' });
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
