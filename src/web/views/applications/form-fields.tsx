/**
 * The form controls of the application pages: the shared fields (components/fields.tsx) and the
 * case page's one-button action forms.
 */
import type { ComponentChildren } from 'preact';

export { FileField, InputField, RadioField, TextAreaField } from '../components/fields.tsx';

/** A small POST form with a CSRF token and one button (the case page's actions). */
export function ActionForm({ action, csrfToken, label, secondary, children }: { action: string; csrfToken: string; label: string; secondary?: boolean; children?: ComponentChildren }) {
  return (
    <form method="post" action={action} novalidate class="action-form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      {children}
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'}>{label}</button>
    </form>
  );
}
