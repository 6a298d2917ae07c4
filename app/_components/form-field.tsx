/**
 * The HTML maxlength for a limit in characters. Browsers count UTF-16 units,
 * so an emoji counts twice there, and they cut pasted text to fit without a
 * word. A character is at most two units, so twice the limit lets every text
 * within it through; the server counts characters and names the limit when
 * a text is longer.
 */
export function htmlMaxLength(characters: number | undefined): number | undefined {
  return characters === undefined ? undefined : characters * 2;
}

interface FieldProps {
  name: string;
  /** When a page has two fields of one name (two forms each asking for the password). */
  id?: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  multiline?: boolean;
  required?: boolean;
  /** The limit in characters (code points), as the schema counts them. */
  maxLength?: number;
  autoComplete?: string;
}

/** A labelled input whose error is tied to it for screen readers (aria-describedby). */
export function FormField({ name, id = `field-${name}`, label, defaultValue = '', error, hint, type = 'text', multiline, required, maxLength, autoComplete }: FieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    maxLength: htmlMaxLength(maxLength),
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {!required && <span className="field-hint"> (optional)</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      {multiline ? <textarea {...common} /> : <input type={type} {...common} />}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
