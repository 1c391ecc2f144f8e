/**
 * The request builder's form controls: a labelled text field and a group of
 * radio buttons, each with its hint, its error and the ARIA wiring between
 * them. Stateless: the builder passes the value, the error to show and the
 * handlers.
 */
import type {ReactNode} from 'react';
import styles from './styles.module.css';
import {fieldLabel, FIELDS, type FieldId, type Role} from './model';

/** The element id of a field's control (or of its fieldset, for a group of radio buttons). */
export function fieldElementId(id: FieldId): string {
  return `request-${id}`;
}

/** Every element id the builder may render for a field: the control, its hint and its error. */
export function fieldElementIds(id: FieldId): string[] {
  return ['', '-hint', '-error'].map((suffix) => `${fieldElementId(id)}${suffix}`);
}

/** What every control of a field needs from the builder. */
export interface FieldState {
  /** Which field. */
  readonly id: FieldId;
  /** The person's role, for role-dependent labels (`Your company` for a client). */
  readonly role: Role | '';
  /** Whether the field must be answered (adds "(required)" and `aria-required`). */
  readonly required: boolean;
  /** The error to show now (only for fields the person has left), or `undefined`. */
  readonly error?: string;
  /** A hint under the label, linked as the control's accessible description. */
  readonly hint?: ReactNode;
  /** Called when the control loses focus (marks the field as visited). */
  readonly onBlur: () => void;
}

/**
 * The ARIA and identity attributes of a field's control: id, name,
 * `aria-invalid`, `aria-describedby` (hint, then error), `aria-required`,
 * and the blur handler.
 */
export function controlProps({id, required, error, hint, onBlur}: FieldState) {
  const describedBy = [hint ? `${fieldElementId(id)}-hint` : '', error ? `${fieldElementId(id)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return {
    id: fieldElementId(id),
    name: id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': required || undefined,
    onBlur,
  } as const;
}

/** A field's label text with "(required)" when it must be answered. */
export function FieldLabel({id, role, required}: Pick<FieldState, 'id' | 'role' | 'required'>): ReactNode {
  return (
    <>
      {fieldLabel(id, role)}
      {required && <span className={styles.required}> (required)</span>}
    </>
  );
}

/** A field's hint paragraph (the target of `aria-describedby`), or nothing. */
export function FieldHint({id, hint}: Pick<FieldState, 'id' | 'hint'>): ReactNode {
  return hint ? (
    <p id={`${fieldElementId(id)}-hint`} className={styles.hint}>
      {hint}
    </p>
  ) : null;
}

/** A field's error paragraph (the target of `aria-describedby`), or nothing. */
export function FieldError({id, error}: Pick<FieldState, 'id' | 'error'>): ReactNode {
  return error ? (
    <p id={`${fieldElementId(id)}-error`} className={styles.error}>
      {error}
    </p>
  ) : null;
}

/** Props of {@link TextField}. */
export interface TextFieldProps extends FieldState {
  /** The current text. */
  readonly value: string;
  /** Called with the new text on every change. */
  readonly onChange: (value: string) => void;
  /** A `<textarea>` instead of an `<input>`. */
  readonly multiline?: boolean;
  /** The input type (`text` by default; `tel`, `datetime-local`). */
  readonly type?: string;
  /** The `autocomplete` token (`off` by default). */
  readonly autoComplete?: string;
}

/** A labelled one-line input or multi-line textarea with its hint and error. */
export function TextField(props: TextFieldProps): ReactNode {
  const {id, value, onChange, multiline, type, autoComplete} = props;
  return (
    <div className={styles.field}>
      <label htmlFor={fieldElementId(id)}>
        <FieldLabel {...props} />
      </label>
      <FieldHint {...props} />
      {multiline ? (
        <textarea
          {...controlProps(props)}
          rows={4}
          maxLength={FIELDS[id].maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          {...controlProps(props)}
          type={type ?? 'text'}
          autoComplete={autoComplete ?? 'off'}
          maxLength={FIELDS[id].maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <FieldError {...props} />
    </div>
  );
}

/** Props of {@link RadioGroup}. */
export interface RadioGroupProps<V extends string> extends FieldState {
  /** The choices, in the order shown. */
  readonly values: readonly V[];
  /** The chosen value, or `''` when none. */
  readonly value: V | '';
  /** The words of each choice. */
  readonly words: (value: V) => ReactNode;
  /** Called with the chosen value. */
  readonly onChange: (value: V) => void;
}

/**
 * A labelled group of radio buttons (`role="radiogroup"` on a fieldset whose
 * legend is the label), with its hint and error. The group carries the
 * field's element id, so a link to the field scrolls to it.
 */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>): ReactNode {
  const {values, value, words, onChange} = props;
  const {id: elementId, onBlur, name, ...aria} = controlProps(props);
  return (
    <fieldset id={elementId} className={styles.group} {...aria} role="radiogroup">
      <legend>
        <FieldLabel {...props} />
      </legend>
      <FieldHint {...props} />
      {values.map((v) => (
        <label key={v} className={styles.option}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
            onBlur={onBlur}
          />
          <span>{words(v)}</span>
        </label>
      ))}
      <FieldError {...props} />
    </fieldset>
  );
}
