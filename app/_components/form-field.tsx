interface FieldProps {
  name: string;
  label: string;
  defaultValue?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password';
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
}

/** A labelled input whose error is tied to it for screen readers (aria-describedby). */
export function FormField({ name, label, defaultValue = '', error, hint, type = 'text', multiline, required, maxLength, autoComplete }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue,
    required,
    maxLength,
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
