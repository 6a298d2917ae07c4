'use client';

import { useEffect, useId, useRef, useState, useTransition } from 'react';
import { previewMarkdownAction, type PreviewResult } from '../preview-action';

interface Props {
  name: string;
  label: string;
  defaultValue: string;
  error?: string;
  hint?: string;
  rows?: number;
  required?: boolean;
}

const PREVIEW_DELAY_MS = 250;

/**
 * A Markdown textarea with a live side-by-side preview rendered on the server
 * by the public pipeline. The textarea is an ordinary form field, so the form
 * still submits without JavaScript; only the preview needs it.
 */
export function MarkdownEditor({ name, label, defaultValue, error, hint, rows = 20, required }: Props) {
  const id = `field-${name}`;
  const previewId = useId();
  const [source, setSource] = useState(defaultValue);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [isRendering, startRendering] = useTransition();
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      startRendering(async () => {
        // The server may refuse (a body over the 1 MB limit is a 413) or be away; the text stays, only the preview says so.
        const result = await previewMarkdownAction(source).catch(
          (): PreviewResult => ({ error: 'The preview could not be rendered just now; your text is kept and is not affected.' }),
        );
        // Typing faster than the server answers: only the newest answer counts.
        if (request === latest.current) setPreview(result);
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [source]);

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field markdown-editor">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <div className="markdown-editor-panes">
        <textarea
          id={id}
          name={name}
          rows={rows}
          required={required}
          defaultValue={defaultValue}
          onChange={(event) => setSource(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          spellCheck
        />
        <section aria-labelledby={previewId} className="markdown-preview" aria-busy={isRendering}>
          <h2 id={previewId} className="markdown-preview-title">
            Preview
          </h2>
          {preview?.error !== undefined ? (
            <p className="field-error">{preview.error}</p>
          ) : preview ? (
            <div className="prose" data-testid={`preview-${name}`} dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="field-hint">The preview appears here as you type.</p>
          )}
        </section>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
