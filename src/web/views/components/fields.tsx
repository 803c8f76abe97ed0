import type { ComponentChildren } from 'preact';
import type { FieldProblem } from '../../../domains/shared/errors.ts';
import { fieldId, messageFor } from './error-summary.tsx';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  problems: readonly FieldProblem[];
}

interface TextFieldProps extends FieldProps {
  value?: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  maxLength?: number;
}

/** A field's id, its error message (if any) and the ids of the hint and error that describe it. */
function fieldState(name: string, hint: string | undefined, problems: readonly FieldProblem[]) {
  const id = fieldId(name);
  const error = messageFor(problems, name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, error, describedBy };
}

/**
 * The label, hint and inline error message around one control (GOV.UK pattern). A group of
 * controls (radios) is a fieldset whose legend is the label and which the hint and error describe.
 */
function FormGroup({ id, label, hint, error, legend, describedBy, children }: { id: string; label: string; hint?: string; error?: string; legend?: boolean; describedBy?: string; children: ComponentChildren }) {
  const messages = (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${id}-error`}>
          <span class="visually-hidden">错误：</span>
          {error}
        </p>
      ) : null}
    </>
  );
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {legend ? (
        <fieldset class="fieldset" aria-describedby={describedBy}>
          <legend class="label">{label}</legend>
          {messages}
          {children}
        </fieldset>
      ) : (
        <>
          <label class="label" for={id}>
            {label}
          </label>
          {messages}
          {children}
        </>
      )}
    </div>
  );
}

/** A labelled input with its hint and inline error message. */
export function TextField({ name, label, hint, problems, value, type = 'text', autocomplete, maxLength }: TextFieldProps) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  const common = {
    class: error ? 'input input--error' : 'input',
    id,
    name,
    autocomplete,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error ? ('true' as const) : undefined,
    spellcheck: false,
  };
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {type === 'password' ? <input type="password" {...common} /> : <input type="text" value={value} {...common} />}
    </FormGroup>
  );
}

interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldProps {
  value?: string;
  options: readonly SelectOption[];
  /** Options under a heading each (`<optgroup>`), after `options`. */
  groups?: readonly { label: string; options: readonly SelectOption[] }[];
  /** Label of an empty first option prompting a choice. */
  placeholder?: string;
}

export function SelectField({ name, label, hint, problems, value, options, groups = [], placeholder }: SelectFieldProps) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        class={error ? 'select input--error' : 'select'}
        id={id}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value} selected={option.value === value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FormGroup>
  );
}

/** A labelled textarea with its hint and inline error message. */
export function TextAreaField({ name, label, hint, problems, value, rows = 5 }: { name: string; label: string; hint?: string; problems: readonly FieldProblem[]; value?: string; rows?: number }) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea class={error ? 'textarea input--error' : 'textarea'} id={id} name={name} rows={rows} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        {value ?? ''}
      </textarea>
    </FormGroup>
  );
}

/** A labelled input of another type than text (a date, an e-mail address, a number). */
export function InputField({ name, label, hint, problems, value, type = 'text', autocomplete }: FieldProps & { value?: string; type?: 'text' | 'date' | 'email' | 'number'; autocomplete?: string }) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input class={error ? 'input input--error' : 'input'} id={id} name={name} type={type as 'text'} value={value ?? ''} autocomplete={autocomplete}
        aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} spellcheck={false} />
    </FormGroup>
  );
}

/** One choice among a few, as radio buttons in a fieldset. */
export function RadioField({ name, label, hint, problems, value, options }: FieldProps & { value?: string; options: readonly { value: string; label: string }[] }) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error} legend describedBy={describedBy}>
      <div class="radios" id={id}>
        {options.map((o, i) => (
          <div class="radios__item" key={o.value}>
            <input class="radios__input" type="radio" id={`${id}-${i}`} name={name} value={o.value} checked={o.value === value} />
            <label class="radios__label" for={`${id}-${i}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </FormGroup>
  );
}

/** A file upload; `accept` hints the types the server takes (it checks the bytes itself). */
export function FileField({ name, label, hint, problems, accept }: FieldProps & { accept: string }) {
  const { id, error, describedBy } = fieldState(name, hint, problems);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input class={error ? 'file-input input--error' : 'file-input'} id={id} name={name} type="file" accept={accept}
        aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined} />
    </FormGroup>
  );
}

/** The hidden CSRF field every form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A form of fields posted to `action`, checked by the server only (`novalidate`), with one submit button. */
export function PostForm({ action, csrfToken, submitLabel, children }: { action: string; csrfToken: string; submitLabel: string; children: ComponentChildren }) {
  return (
    <form method="post" action={action} novalidate>
      <CsrfField token={csrfToken} />
      {children}
      <button type="submit" class="button">
        {submitLabel}
      </button>
    </form>
  );
}

/** A confirmation shown after POST → redirect → GET (e.g. 用户已创建). */
export function Notice({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="notice" role="status">
      {message}
    </div>
  );
}
