import type { FieldProblem } from '../../../domains/shared/errors.ts';

/**
 * GOV.UK error summary: at the top of the form, each problem links to its field. `autofocus` moves
 * focus here when the page loads, with no JavaScript.
 */
export function ErrorSummary({ problems, order = [] }: { problems: readonly FieldProblem[]; order?: readonly string[] }) {
  if (problems.length === 0) return null;
  // In the order of the fields on the page, as the person will meet them.
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const sorted = [...problems].sort((a, b) => rank(a.field) - rank(b.field));
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autofocus>
      <h2 class="error-summary__title" id="error-summary-title">
        存在问题
      </h2>
      <ul class="error-summary__list">
        {sorted.map((problem, index) => (
          <li key={`${problem.field}-${index}`}>
            {problem.field ? <a href={`#${fieldId(problem.field)}`}>{problem.message}</a> : problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of a form field's input, so the summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name}`;
}

/** The first message for a field, if any. */
export function messageFor(problems: readonly FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}
