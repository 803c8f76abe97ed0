import type { z } from 'zod';
import { DomainError } from '../../shared/errors.ts';
import type { FieldProblem } from '../../shared/errors.ts';

/** The registers' error catalog: stable codes, Chinese messages. */
export const REGISTERS_ERRORS = {
  'registers.invalid_input': '请更正以下填写内容',
  'registers.consultation_not_found': '未找到该咨询记录',
  'registers.appeal_not_found': '未找到该行政复议或行政诉讼记录',
  'registers.forbidden': '您没有执行此操作的权限',
  'registers.import_refused': '导入文件有错误，整个文件未导入',
} as const;
export type RegistersErrorCode = keyof typeof REGISTERS_ERRORS;

export function invalidInput(fields: FieldProblem[], detail = 'invalid input'): DomainError {
  return new DomainError('registers.invalid_input', 'invalid', REGISTERS_ERRORS['registers.invalid_input'], detail, fields);
}

export function consultationNotFound(id: string): DomainError {
  return new DomainError('registers.consultation_not_found', 'not_found', REGISTERS_ERRORS['registers.consultation_not_found'], `consultation ${id} not found or not visible`);
}

export function appealNotFound(id: string): DomainError {
  return new DomainError('registers.appeal_not_found', 'not_found', REGISTERS_ERRORS['registers.appeal_not_found'], `appeal ${id} not found or not visible`);
}

export function forbidden(detail: string): DomainError {
  return new DomainError('registers.forbidden', 'forbidden', REGISTERS_ERRORS['registers.forbidden'], detail);
}

/** One problem of an import file: its line (1 = the header line) and the reason in Chinese. */
export interface ImportProblem {
  line: number;
  message: string;
}

/** The whole file was refused; `problems` names every bad line. */
export class ImportRefused extends DomainError {
  constructor(readonly problems: readonly ImportProblem[]) {
    super(
      'registers.import_refused',
      'invalid',
      `${REGISTERS_ERRORS['registers.import_refused']}：${problems.map((p) => (p.line > 0 ? `第${p.line}行：${p.message}` : p.message)).join('；')}`,
      `import refused: ${problems.length} problem(s)`,
      problems.map((p) => ({ field: `line-${p.line}`, message: p.message })),
    );
    this.name = 'ImportRefused';
  }
}

/** Parses with zod; failures become DomainError('registers.invalid_input') with a message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'form', message: issue.message }));
  throw invalidInput(fields, result.error.message);
}
