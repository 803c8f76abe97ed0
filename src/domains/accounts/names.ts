import { z } from 'zod';

/**
 * Names people read (organisation names, display names): NFKC-normalised (full-width letters and
 * digits become ordinary ones, compatibility characters their plain form) and trimmed; no control
 * characters, no invisible format characters — zero-width spaces and joiners, the BOM, bidirectional
 * overrides and isolates — which make two names look alike or a name read backwards.
 */
export function normaliseName(raw: string): string {
  return raw.normalize('NFKC').trim();
}

/** Control (Cc), format (Cf: zero-width, bidi, BOM …), line and paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function hasInvisibleCharacters(name: string): boolean {
  return INVISIBLE.test(name);
}

/** A zod schema for such a name: normalised first, then measured and checked. */
export function nameSchema(label: string, min: number, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .transform(normaliseName)
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? `请填写${label}` : `${label}至少${min}个字` })
        .max(max, { error: `${label}不能超过${max}个字` })
        .refine((name) => !hasInvisibleCharacters(name), { error: `${label}不能包含控制字符、零宽字符或文字方向控制字符` }),
    );
}
