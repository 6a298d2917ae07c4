'use client';

import { useEffect, useId, useRef, useState, useTransition, type ClipboardEvent, type DragEvent, type KeyboardEvent } from 'react';
import { useHasScript } from '@/app/_components/use-has-script';
import { ACCEPTED_TYPES } from '../media/accepted-types';
import { previewMarkdownAction, type PreviewResult } from '../preview-action';
import { MarkdownCheatSheet } from './markdown-cheat-sheet';
import { markdownEdit, type MarkdownAction } from './markdown-toolbar';
import { imageFilesOf, uploadImage } from './upload-image';
import '@/app/_components/code-highlight.css';

const TOOLS: Array<{ action: MarkdownAction; label: string; keys?: string }> = [
  { action: 'bold', label: 'Bold', keys: 'Control+B' },
  { action: 'link', label: 'Link', keys: 'Control+K' },
  { action: 'heading', label: 'Heading' },
  { action: 'list', label: 'List' },
  { action: 'code', label: 'Code' },
];

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
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [upload, setUpload] = useState<{
    name: string;
    percent: number;
  } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  // The toolbar's buttons need the script; without it they would be buttons that do nothing.
  const scripted = useHasScript();

  /** Uploads each image in turn and puts its Markdown where the cursor was. */
  async function insertImages(files: File[]) {
    const field = textarea.current;
    if (!field || files.length === 0) return;
    setUploadError(null);
    let at = field.selectionEnd;
    for (const file of files) {
      setUpload({ name: file.name || 'pasted image', percent: 0 });
      const answer = await uploadImage(file, (fraction) =>
        setUpload({
          name: file.name || 'pasted image',
          percent: Math.round(fraction * 100),
        }),
      );
      if (!answer.ok) {
        setUploadError(answer.error);
        break;
      }
      const before = field.value.slice(0, at);
      const text = `${before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'}${answer.markdown}\n\n`;
      field.setRangeText(text, at, at, 'end');
      at += text.length;
      // setRangeText fires no input event; tell React and the unsaved-changes guard.
      field.dispatchEvent(new Event('input', { bubbles: true }));
      setSource(field.value);
    }
    setUpload(null);
  }

  /** A toolbar button or its shortcut: writes the Markdown around the selection, as if typed (undo works, the form hears it). */
  function apply(action: MarkdownAction) {
    const field = textarea.current;
    if (!field) return;
    const edit = markdownEdit(action, field.value, field.selectionStart, field.selectionEnd);
    const from = edit.from ?? field.selectionStart;
    field.focus();
    field.setRangeText(edit.text, from, edit.to ?? field.selectionEnd, 'end');
    field.setSelectionRange(from + edit.select[0], from + edit.select[1]);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    setSource(field.value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'b' && key !== 'k') return;
    event.preventDefault();
    apply(key === 'b' ? 'bold' : 'link');
  }

  function onPaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const files = imageFilesOf(event.clipboardData);
    if (files.length === 0) return;
    event.preventDefault();
    void insertImages(files);
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    const files = imageFilesOf(event.dataTransfer);
    if (files.length === 0) return;
    event.preventDefault();
    const field = textarea.current!;
    field.focus();
    void insertImages(files);
  }

  useEffect(() => {
    const request = ++latest.current;
    const timer = setTimeout(() => {
      startRendering(async () => {
        // The server may refuse (a body over the 1 MB limit is a 413) or be away; the text stays, only the preview says so.
        const result = await previewMarkdownAction(source).catch((): PreviewResult => ({
          error: 'The preview could not be rendered just now; your text is kept and is not affected.',
        }));
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
      {scripted && (
        <div className="markdown-toolbar" role="toolbar" aria-label="Text formatting" aria-controls={id}>
          {TOOLS.map((tool) => (
            <button
              key={tool.action}
              type="button"
              className="button button-secondary"
              onClick={() => apply(tool.action)}
              title={tool.keys ? `${tool.label} (${tool.keys.replace('Control', 'Ctrl')})` : undefined}
              aria-keyshortcuts={tool.keys}
            >
              {tool.label}
            </button>
          ))}
        </div>
      )}
      <div className="markdown-editor-panes">
        <textarea
          ref={textarea}
          id={id}
          name={name}
          rows={rows}
          required={required}
          defaultValue={defaultValue}
          onChange={(event) => setSource(event.target.value)}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
          onDrop={onDrop}
          onDragOver={(event) => {
            if (event.dataTransfer.types.includes('Files')) event.preventDefault();
          }}
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
      <div className="markdown-editor-images">
        <label className="button button-secondary">
          Insert image…
          {/* No name: the file goes to the media library, not with the form. */}
          <input
            type="file"
            accept={ACCEPTED_TYPES}
            multiple
            className="visually-hidden"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              void insertImages(files);
            }}
          />
        </label>
        <span className="field-hint">or paste or drop an image into the text.</span>
        <MarkdownCheatSheet />
        <span role="status" aria-live="polite">
          {upload && (
            <>
              Uploading {upload.name}… <progress max={100} value={upload.percent} aria-label={`Uploading ${upload.name}`} /> {upload.percent}%
            </>
          )}
        </span>
        {uploadError && (
          <p className="field-error" role="alert">
            {uploadError}
          </p>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
