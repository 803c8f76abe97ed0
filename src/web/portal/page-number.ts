import { z } from 'zod';

/** `?page=N` of a public list: 1 when absent; anything but a whole number 1–100000 is refused. */
export const pageParam = z
  .string()
  .regex(/^\d{1,6}$/, { message: '页码应为正整数' })
  .transform(Number)
  .refine((n) => n >= 1 && n <= 100_000, { message: '页码应为正整数' })
  .optional()
  .transform((n) => n ?? 1);

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
