'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import { subscribeToNothing } from '@/app/_components/use-has-script';
import type { PostField } from '@/lib/validation/post';

interface Props {
  values: Partial<Record<PostField, string>>;
  errors: Partial<Record<PostField, string>>;
}

const STATUS_CHOICES = [
  ['draft', 'Draft', 'Only staff can see it.'],
  ['published', 'Published', 'Readers see it now.'],
  ['scheduled', 'Scheduled', 'Readers see it from the time below, with nobody acting.'],
] as const;

/** "2026-11-25T14:30" in the browser's own time zone, as a datetime-local input wants it. */
function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'your time zone';

/**
 * Status and publish time. Without JavaScript the time is read as UTC, and
 * the label says so; with it, the picker shows local time and a hidden field
 * carries the exact instant, so the author never converts time zones.
 */
export function PublishFields({ values, errors }: Props) {
  // The server renders UTC (what a form without JavaScript means); the browser shows its own zone.
  const zone = useSyncExternalStore(subscribeToNothing, browserTimeZone, () => 'UTC');
  const picker = useRef<HTMLInputElement>(null);
  const isoField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const iso = values.publishAtIso;
    const instant = iso ? new Date(iso) : null;
    if (picker.current && instant && !Number.isNaN(instant.getTime())) picker.current.value = toLocalInput(instant);
    if (isoField.current) isoField.current.value = iso ?? '';
  }, [values.publishAtIso]);

  const updateInstant = (local: string) => {
    const instant = local ? new Date(local) : null;
    if (isoField.current) isoField.current.value = instant && !Number.isNaN(instant.getTime()) ? instant.toISOString() : '';
  };

  return (
    <>
      <fieldset className="field" aria-describedby={errors.status ? 'field-status-error' : undefined}>
        <legend>Status</legend>
        {STATUS_CHOICES.map(([value, label, hint]) => (
          <label key={value} className="choice">
            <input type="radio" name="status" value={value} defaultChecked={(values.status ?? 'draft') === value} /> {label}
            <span className="field-hint"> — {hint}</span>
          </label>
        ))}
        {errors.status && (
          <p id="field-status-error" className="field-error">
            {errors.status}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="field-publishAt">Publish at ({zone})</label>
        <span id="field-publishAt-hint" className="field-hint">
          For scheduled posts: the moment readers first see it.
        </span>
        <input
          ref={picker}
          id="field-publishAt"
          name="publishAt"
          type="datetime-local"
          defaultValue={values.publishAt ?? ''}
          onChange={(event) => updateInstant(event.target.value)}
          aria-invalid={errors.publishAt ? true : undefined}
          aria-describedby={errors.publishAt ? 'field-publishAt-hint field-publishAt-error' : 'field-publishAt-hint'}
        />
        <input ref={isoField} type="hidden" name="publishAtIso" defaultValue="" />
        {errors.publishAt && (
          <p id="field-publishAt-error" className="field-error">
            {errors.publishAt}
          </p>
        )}
      </div>
    </>
  );
}
