import type { PageContext } from './page-context.ts';

/** One link in the console's navigation by domain. */
export interface NavItem {
  href: string;
  label: string;
}

/** The signed-in person as the console shows them (a view model: no hashes, no tokens). */
export interface ConsoleUser {
  displayName: string;
  username: string;
}

export interface ConsoleContext extends PageContext {
  /** Absent on the sign-in page. */
  user?: ConsoleUser;
  nav: readonly NavItem[];
  /** CSRF token for the forms on the page, the sign-out button included. */
  csrfToken: string;
}
