/**
 * Domain errors: a closed catalog of stable codes, each with a Chinese message for people and an
 * HTTP status for the web layer. The web layer maps them to application/problem+json for the API
 * and to a readable page for people; logs carry the code and the English detail.
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'locked' | 'rate_limited';

export const HTTP_STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
};

/** A field-level problem, shown beside the form field (GOV.UK error summary pattern). */
export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  /** Chinese message for the user. */
  readonly userMessage: string;
  readonly fields: readonly FieldProblem[];

  constructor(code: string, kind: ErrorKind, userMessage: string, detail?: string, fields: readonly FieldProblem[] = []) {
    super(detail ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.kind = kind;
    this.userMessage = userMessage;
    this.fields = fields;
  }

  get status(): number {
    return HTTP_STATUS_BY_KIND[this.kind];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
