import { DomainError } from '../../domains/shared/errors.ts';
import type { FieldProblem } from '../../domains/shared/errors.ts';

/** Form problems found by the web layer itself (e.g. a field left empty, two passwords differ). */
export function formInvalid(problems: readonly FieldProblem[]): DomainError {
  return new DomainError('web.invalid_input', 'invalid', '请更正以下填写内容', 'form fields missing or inconsistent', problems);
}

/** A page the actor may not use at all (e.g. a create form without any organisation to create in). */
export function pageForbidden(message: string): DomainError {
  return new DomainError('web.forbidden', 'forbidden', message, 'page forbidden for this actor');
}
