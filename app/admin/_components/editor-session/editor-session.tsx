'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedFields } from '@/lib/validation/working-copy';
import { STAY_FIELD, type AutosaveAnswer, type DiscardAnswer, type SaveAnswer } from './answers';
import { dropBrowserCopy, keepBrowserCopy, readBrowserCopy } from './browser-copy';
import { applyFields, sameValue, snapshotOf, typedFields } from './form-fields';
import { SaveBar, type SavePhase } from './save-bar';
import { UnsavedOffer, type Offer } from './unsaved-offer';
import { useLeaveGuard } from './use-leave-guard';
import './editor-session.css';

/** Typing stops, this long passes, and the text is kept on the server as a working copy. */
export const AUTOSAVE_DELAY_MS = 2000;
const BROWSER_COPY_DELAY_MS = 300;
/** One array for every form without lists, so the callbacks below keep their identity between renders. */
const NO_LISTS: readonly string[] = [];


interface Props {
  formId: string;
  /** Names this item's copy in the browser: "post:12", "framework:new". */
  storageKey: string;
  /** The item's id; null until a new item is first saved. */
  itemId: number | null;
  /** The version the text in the form is based on. */
  version: number;
  /** Fields that post one value per item (framework lists). */
  lists?: readonly string[];
  /** True when the page shows text the server refused: it is not stored. */
  startsUnsaved: boolean;
  /** The author's autosaved text on the server, if any. */
  workingCopy: { fields: TypedFields; baseVersion: number; updatedAt: string } | null;
  save: (data: FormData) => Promise<SaveAnswer>;
  autosave: ((data: FormData) => Promise<AutosaveAnswer>) | null;
  discard: ((data: FormData) => Promise<DiscardAnswer>) | null;
  /** The primary button's label for the text in the form: Publish, Schedule, Update… */
  primaryLabel: (data: FormData | null) => string;
}

/**
 * Everything that keeps an author's text safe while they write, for any
 * editor form: saves that stay on the page and keep what was typed during
 * them, autosave to a server working copy, a copy in this browser when the
 * server is away, the save bar with its state, Ctrl/Cmd+S, and the offer of
 * unsaved text on reopening. Without JavaScript the form still posts as usual.
 */
export function EditorSession(props: Props) {
  const { formId, storageKey, lists = NO_LISTS, save, autosave, discard } = props;
  const [version, setVersion] = useState(props.version);
  const itemId = props.itemId;
  const router = useRouter();
  const [saving, setSaving] = useState(false);
  const [offline, setOffline] = useState(false);
  const [dirty, setDirty] = useState(props.startsUnsaved);
  const [keptAt, setKeptAt] = useState<Date | null>(null);
  /** Whether the text on screen is exactly the working copy last autosaved. */
  const [isKept, setIsKept] = useState(false);
  const [offer, setOffer] = useState<Offer | null>(null);
  // The form as last read, so the button's label follows both the text (a status picked) and the page (a post just published).
  const [lastRead, setLastRead] = useState<FormData | null>(null);
  const [autosaveError, setAutosaveError] = useState<string | null>(null);
  /** What the last save said ("Saved as version 3; merged with…"), shown until the text changes again. */
  const [savedMessage, setSavedMessage] = useState<string | null>(null);

  const savedSnapshot = useRef<string | null>(null);
  const keptSnapshot = useRef<string | null>(null);
  const currentSnapshot = useRef('');
  const versionRef = useRef(version);
  const savingRef = useRef(false);
  const autosaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const browserTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keyRef = useRef(storageKey);
  const phase: SavePhase = saving ? 'saving' : !dirty ? 'saved' : offline ? 'offline' : isKept ? 'kept' : 'unsaved';
  // Declared before the callbacks that let a deliberate departure through.
  const { release: letLeave } = useLeaveGuard(phase === 'unsaved' || phase === 'offline' || phase === 'saving', formId);

  const form = useCallback(() => document.getElementById(formId) as HTMLFormElement | null, [formId]);
  const readForm = useCallback(() => typedFields(new FormData(form()!), lists), [form, lists]);

  /** Re-reads the form after any change: dirty or not, the button label, and the copy in this browser. */
  const refresh = useCallback(() => {
    const element = form();
    if (!element) return;
    const fields = readForm();
    currentSnapshot.current = snapshotOf(fields);
    const isDirty = currentSnapshot.current !== savedSnapshot.current;
    setDirty(isDirty);
    setIsKept(currentSnapshot.current === keptSnapshot.current);
    setLastRead(new FormData(element));
    clearTimeout(browserTimer.current);
    browserTimer.current = setTimeout(() => {
      if (isDirty) keepBrowserCopy(keyRef.current, { fields, baseVersion: versionRef.current, keptAt: Date.now() });
      else dropBrowserCopy(keyRef.current);
    }, BROWSER_COPY_DELAY_MS);
    return isDirty;
  }, [form, readForm]);

  const runAutosave = useCallback(async () => {
    const element = form();
    if (!element || !autosave || savingRef.current || currentSnapshot.current === savedSnapshot.current) return;
    const data = new FormData(element);
    data.set('version', String(versionRef.current));
    const sent = snapshotOf(typedFields(data, lists));
    const answer = await autosave(data).catch((): AutosaveAnswer => ({ ok: false, offline: true, message: 'The server could not be reached.' }));
    if (answer.ok) {
      keptSnapshot.current = sent;
      setIsKept(sent === currentSnapshot.current);
      setKeptAt(new Date(answer.keptAt));
      setOffline(false);
      setAutosaveError(null);
    } else {
      setOffline(answer.offline);
      setAutosaveError(answer.offline ? null : answer.message);
    }
  }, [form, autosave, lists]);

  /** After any change. Read a tick later: a list's reorder reaches the DOM only on React's next render. */
  const onEdit = useCallback(() => {
    window.setTimeout(() => {
      const isDirty = refresh();
      clearTimeout(autosaveTimer.current);
      if (isDirty && autosave) autosaveTimer.current = setTimeout(() => void runAutosave(), AUTOSAVE_DELAY_MS);
    }, 0);
  }, [refresh, autosave, runAutosave]);

  const send = useCallback(
    async (submitter: HTMLElement | null) => {
      const element = form();
      if (!element || savingRef.current) return;
      const data = new FormData(element, submitter ?? undefined);
      data.set('version', String(versionRef.current));
      data.set(STAY_FIELD, '1');
      const sent = typedFields(data, lists);
      savingRef.current = true;
      setSaving(true);
      clearTimeout(autosaveTimer.current);
      const answer = await save(data).catch((): SaveAnswer => ({ outcome: 'offline' }));
      savingRef.current = false;
      setSaving(false);
      if (answer.outcome === 'saved') {
        // What the server filled in (a slug from the title) goes into the form, unless it was typed over during the save.
        const now = readForm();
        const differing = Object.entries(answer.settled).filter(([name, value]) => !sameValue(value, sent[name]));
        const settled = Object.fromEntries(differing.filter(([name]) => sameValue(now[name], sent[name])));
        savedSnapshot.current = snapshotOf({ ...sent, ...Object.fromEntries(differing) });
        // The text on screen is based on the new version only if it shows all of it (a merge brings in
        // another person's change). Otherwise it stays based on the version it was typed on, so the next
        // save merges again instead of undoing their change.
        if (Object.keys(settled).length === differing.length) {
          setVersion(answer.version);
          versionRef.current = answer.version;
        }
        setOffline(false);
        setKeptAt(null);
        setSavedMessage(answer.message);
        if (itemId === null) {
          // A new item moves to its own editor (feature image, history, trash). Anything typed during
          // the save goes with it, through this browser's copy, which that editor takes up at once.
          dropBrowserCopy(keyRef.current);
          if (snapshotOf(now) !== snapshotOf(sent)) {
            keepBrowserCopy(storageKey.replace(/:new$/, `:${answer.itemId}`), { fields: now, baseVersion: answer.version, keptAt: Date.now(), resume: true });
          }
          letLeave();
          router.replace(answer.editHref);
          return;
        }
        applyFields(element, settled, lists);
        onEdit();
      } else {
        if (answer.outcome === 'refused' && answer.version !== undefined) {
          setVersion(answer.version);
          versionRef.current = answer.version;
        }
        setOffline(answer.outcome === 'offline');
        refresh();
      }
    },
    [form, lists, save, readForm, itemId, storageKey, onEdit, refresh, router, letLeave],
  );

  // On opening: what is on screen is what is saved (unless the server refused it), and unsaved text kept elsewhere is offered.
  useEffect(() => {
    const element = form();
    if (!element) return;
    const fields = readForm();
    currentSnapshot.current = snapshotOf(fields);
    savedSnapshot.current = props.startsUnsaved ? null : currentSnapshot.current;
    const candidates: Offer[] = [];
    if (props.workingCopy) candidates.push({ ...props.workingCopy, keptAt: new Date(props.workingCopy.updatedAt), where: 'server' });
    const local = readBrowserCopy(storageKey);
    if (local) candidates.push({ fields: local.fields, baseVersion: local.baseVersion, keptAt: new Date(local.keptAt), where: 'browser' });
    if (local?.resume) {
      // Typed during the save that created this item, on the page before: it carries on here, still unsaved.
      dropBrowserCopy(storageKey);
      applyFields(element, local.fields, lists);
      onEdit();
      return;
    }
    const newest = candidates
      .filter((candidate) => snapshotOf({ ...fields, ...candidate.fields }) !== currentSnapshot.current)
      .sort((a, b) => b.keptAt.getTime() - a.keptAt.getTime())[0];
    // The offer comes from localStorage and the form's DOM, which exist only once mounted.
    setOffer(newest ?? null);
    if (!newest && local) dropBrowserCopy(storageKey);
    // Once, on mount: later renders carry the same props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const element = form();
    if (!element) return;
    const onSubmit = (event: SubmitEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      void send(event.submitter);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      element.requestSubmit(element.querySelector<HTMLButtonElement>('button[data-primary]') ?? undefined);
    };
    element.addEventListener('input', onEdit);
    element.addEventListener('change', onEdit);
    element.addEventListener('submit', onSubmit);
    document.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('input', onEdit);
      element.removeEventListener('change', onEdit);
      element.removeEventListener('submit', onSubmit);
      document.removeEventListener('keydown', onKey);
    };
  }, [form, onEdit, send]);

  useEffect(() => () => clearTimeout(autosaveTimer.current), []);


  function takeOffer() {
    if (!offer) return;
    applyFields(form()!, offer.fields, lists);
    // Based on the version it was typed on, so the save merges with anything saved since.
    setVersion(offer.baseVersion);
    versionRef.current = offer.baseVersion;
    setOffer(null);
    onEdit();
  }

  async function discardChanges(what: 'offer' | 'all') {
    const data = new FormData();
    if (itemId !== null) data.set('id', String(itemId));
    const answer = discard && itemId !== null ? await discard(data).catch((): DiscardAnswer => ({ ok: false, message: 'The server could not be reached; nothing was discarded.' })) : ({ ok: true } as const);
    if (!answer.ok) {
      setAutosaveError(answer.message);
      return;
    }
    dropBrowserCopy(keyRef.current);
    setOffer(null);
    if (what === 'all') {
      letLeave();
      window.location.reload();
    }
  }

  return (
    <>
      <input type="hidden" name="version" value={version} />
      <SaveBar
        phase={phase}
        version={version}
        savedMessage={savedMessage}
        keptAt={keptAt}
        label={props.primaryLabel(lastRead)}
        message={autosaveError}
        onDiscard={itemId !== null && (dirty || keptAt !== null || offer?.where === 'server') ? () => void discardChanges('all') : null}
      />
      {offer && <UnsavedOffer offer={offer} version={version} onTake={takeOffer} onDiscard={() => void discardChanges('offer')} />}
    </>
  );
}
