/**
 * Form controls the application pages need beyond components/fields.tsx: text areas, radio groups,
 * dates and file uploads, with the same label / hint / inline error pattern (GOV.UK).
 */
import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { fieldId, messageFor } from '../components/error-summary.tsx';

interface Base {
  name: string;
  label: string;
  hint?: string;
  problems: readonly FieldProblem[];
}

function described(name: string, hint: string | undefined, error: string | undefined): string | undefined {
  const id = fieldId(name);
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Group({ name, label, hint, error, legend, children }: { name: string; label: string; hint?: string; error?: string; legend?: boolean; children: ComponentChildren }) {
  const id = fieldId(name);
  const inner = (
    <>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      ) : null}
      {children}
    </>
  );
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {legend ? (
        <fieldset class="fieldset" aria-describedby={described(name, hint, error)}>
          <legend class="label">{label}</legend>
          {inner}
        </fieldset>
      ) : (
        <>
          <label class="label" for={id}>{label}</label>
          {inner}
        </>
      )}
    </div>
  );
}

export function TextAreaField({ name, label, hint, problems, value, rows = 5 }: Base & { value?: string; rows?: number }) {
  const error = messageFor(problems, name);
  return (
    <Group name={name} label={label} hint={hint} error={error}>
      <textarea class={error ? 'input textarea input--error' : 'input textarea'} id={fieldId(name)} name={name} rows={rows}
        aria-describedby={described(name, hint, error)} aria-invalid={error ? 'true' : undefined}>{value ?? ''}</textarea>
    </Group>
  );
}

export function InputField({ name, label, hint, problems, value, type = 'text', autocomplete }: Base & { value?: string; type?: 'text' | 'date' | 'email' | 'number'; autocomplete?: string }) {
  const error = messageFor(problems, name);
  return (
    <Group name={name} label={label} hint={hint} error={error}>
      <input class={error ? 'input input--error' : 'input'} id={fieldId(name)} name={name} type={type as 'text'} value={value ?? ''} autocomplete={autocomplete}
        aria-describedby={described(name, hint, error)} aria-invalid={error ? 'true' : undefined} spellcheck={false} />
    </Group>
  );
}

export function RadioField({ name, label, hint, problems, value, options }: Base & { value?: string; options: readonly { value: string; label: string }[] }) {
  const error = messageFor(problems, name);
  return (
    <Group name={name} label={label} hint={hint} error={error} legend>
      <div class="radios" id={fieldId(name)}>
        {options.map((o, i) => (
          <div class="radios__item" key={o.value}>
            <input class="radios__input" type="radio" id={`${fieldId(name)}-${i}`} name={name} value={o.value} checked={o.value === value} />
            <label class="radios__label" for={`${fieldId(name)}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </Group>
  );
}

export function FileField({ name, label, hint, problems, accept }: Base & { accept: string }) {
  const error = messageFor(problems, name);
  return (
    <Group name={name} label={label} hint={hint} error={error}>
      <input class={error ? 'file-input input--error' : 'file-input'} id={fieldId(name)} name={name} type="file" accept={accept}
        aria-describedby={described(name, hint, error)} aria-invalid={error ? 'true' : undefined} />
    </Group>
  );
}

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
