interface Props {
  name: string;
  label: string;
  hint: string;
  noneLabel: string;
  defaultValue: string;
  error?: string;
  /** Library images this person may choose; `altText` undefined where a description does not matter (a decorative portrait). */
  choices: Array<{ id: number; fileName: string; altText?: string }>;
}

/** A labelled choice among library images, its hint and error tied to it for screen readers. */
export function LibraryImageField({ name, label, hint, noneLabel, defaultValue, error, choices }: Props) {
  const id = `field-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="field-hint">
        {hint}
      </span>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
        <option value="">{noneLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.fileName}
            {choice.altText === '' ? ' (no alt text)' : ''}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
