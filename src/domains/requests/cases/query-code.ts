/**
 * The applicant's private query code (查询码): shown once, stored only as a scrypt hash, compared
 * in constant time. 10 characters from an alphabet without look-alikes (32^10 ≈ 2^50).
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const QUERY_CODE_LENGTH = 10;
const N = 4096;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function generateQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Codes are read off paper: case, spaces and dashes do not matter. */
export function normalizeQueryCode(code: string): string {
  return code.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase();
}

function derive(code: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(normalizeQueryCode(code), salt, KEY_LENGTH, { N: n, r, p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashQueryCode(code: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(code, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyQueryCode(code: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(code, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash no code matches, so a lookup of an unknown number costs the same as a wrong code. */
let dummy: Promise<string> | undefined;
export function dummyQueryCodeHash(): Promise<string> {
  dummy ??= hashQueryCode(randomBytes(12).toString('hex'));
  return dummy;
}

/** Draft tokens (online intake before confirmation): random, stored as SHA-256 hex. */
export function newDraftToken(): string {
  return randomBytes(24).toString('base64url');
}
