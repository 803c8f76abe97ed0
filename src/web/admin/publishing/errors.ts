import { isDomainError } from '../../../domains/shared/errors.ts';
import type { DomainError, FieldProblem } from '../../../domains/shared/errors.ts';

/**
 * Which refusals of a command are shown on the page the person came from (with the Chinese
 * message in the error summary) rather than as an error page: bad input, a conflict (wrong status,
 * someone else changed it, privacy findings open) and a refused step the person can see (e.g.
 * 不能审核自己起草的信息). Not found stays a 404 page.
 */
export function shownOnPage(error: unknown): error is DomainError {
  return isDomainError(error) && (error.kind === 'invalid' || error.kind === 'conflict' || error.kind === 'forbidden');
}

/** The error's problems; field names not on the page become page-level messages. */
export function pageProblems(error: DomainError, fieldsOnPage: readonly string[]): FieldProblem[] {
  const problems = error.fields.length > 0 ? error.fields : [{ field: '', message: error.userMessage }];
  return problems.map((p) => (fieldsOnPage.includes(p.field) ? p : { field: '', message: p.message }));
}
