import type { VNode } from 'preact';

export interface ListTableProps {
  /** For screen readers (e.g. 用户列表). */
  caption: string;
  headings: readonly string[];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** The rows, one `<tr>` each. */
  children: readonly VNode[];
}

/** A console list: a table with a hidden caption and column headings, or a placeholder line. */
export function ListTable({ caption, headings, empty, children }: ListTableProps) {
  if (children.length === 0) return <p class="placeholder">{empty}</p>;
  return (
    <table class="table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
