/**
 * The pause before posting, content-script side. Capture-phase listeners on window (installed at
 * document_start, before any page script) catch every way a post leaves: a click on the site's
 * submit control, the site's keyboard shortcut, Enter/Space on a role="button" submit control,
 * and form submission. Each listener returns at once unless the pause is on for this site and the
 * event belongs to a composer with a draft, so the cost on every other event is a few checks.
 *
 * Exactly once: the original event is stopped; "Post" replays it once (a click on the submit
 * control, requestSubmit, or the same key on the same element) under a one-shot bypass; "Go back"
 * replays nothing. A held key's repeats are stopped without asking again, and the dialog counts
 * only what the user does after it is shown (dialog.ts). The draft is never touched: we read it,
 * we never write it.
 *
 * Where the site's own composer selectors find nothing (a redesign, a box its file does not
 * list, a site the user added), the composer recogniser (find-composer.ts) finds the box and its
 * send control by what they are; it never takes a search box, a login or a settings form, and
 * leaves chat and direct messages alone unless the chat switch is on.
 *
 * The dialog is shown in the extension's frame, where the page cannot read the question or hear
 * the reason typed (frame-dialog.ts); in the page itself only where that frame cannot be used.
 */
import type { Composer, Site } from '../sites/types';
import type { Settings } from '../settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../settings/storage';
import {
  deepActiveElement,
  draftText,
  findInPath,
  isBlank,
  isDisabled,
  isMastodon,
  isPostKey,
  MASTODON_COMPOSER,
  nearest,
  preview,
  safeSelector,
  saveCaret,
  caretAtEnd,
  type SavedCaret,
} from './composer';
import type { DialogOptions } from './dialog';
import { openInlineDialog, type OpenDialog } from './inline-dialog';
import { openFramedDialog } from './frame-dialog';
import { addJournalEntry } from './journal';
import { isPicking } from '../picker/state';
import { composerOfBox, composerOfControl, composerOfForm, isSendControlInPath, sendControlFor, type FoundComposer } from './find-composer';

export const SNOOZE_MINUTES = 30;
/** After "Post", the page's own follow-up events (not the user's) pass for this long. */
const FOLLOW_UP_MS = 1000;

type Replay = () => void;

/** Build-time constant, false in every real build (see vite.config.ts). */
declare const __UNSCORED_TEST_LEAKY_PAUSE__: boolean;

/**
 * The frame is web-accessible on the registry's sites only (manifest.config.ts): sites the user
 * added get the in-page dialog.
 */
function openDialog(opts: DialogOptions, doc: Document, framed: boolean): OpenDialog {
  if (__UNSCORED_TEST_LEAKY_PAUSE__) return openInlineDialog(opts, doc, { mode: 'open', tag: 'unscored-pause' });
  if (!framed) return openInlineDialog(opts, doc);
  return openFramedDialog(opts, doc, () => openInlineDialog(opts, doc));
}

interface Attempt {
  boxes: Element[];
  submit: Element | null;
  replay: Replay;
}

export interface PauseController {
  /** For tests and the content script: replace the settings (normally read from storage). */
  setSettings(s: Settings): void;
  stop(): void;
}

export function isPauseOn(settings: Settings | undefined, siteKey: string, now = Date.now()): boolean {
  if (!settings) return false;
  const p = settings.pause;
  if (p.sites[siteKey] !== true) return false;
  const until = p.snoozedUntil[siteKey];
  return !(typeof until === 'number' && until > now);
}

/**
 * On sites where Enter sends, a rich editor inside a dialog is a post editor (Facebook's "Create
 * post"), where Enter is a new line; comment boxes (textareas, "Write a comment…") send on Enter.
 */
export function enterSends(box: Element): boolean {
  if (box.getAttribute('aria-multiline') === 'true' && box.localName !== 'textarea') return false;
  if (box.localName === 'textarea' || !box.closest('[role="dialog"]')) return true;
  return /comment|kommentar|reply|antwort/i.test(box.getAttribute('aria-label') ?? '');
}

/**
 * `storage: false` keeps the pause off storage entirely (tests); `watch: false` leaves reading
 * settings to the caller, who hands them over with setSettings (the content script shares its
 * one read and one watcher), while snoozes and journal entries are still written.
 */
export function startPause(
  site: Site | undefined,
  siteKey: string,
  opts: { win?: Window; storage?: boolean; watch?: boolean } = {},
): PauseController {
  const win = opts.win ?? window;
  const doc = win.document;
  let settings: Settings | undefined;
  let composer: Composer | undefined = site?.composer;
  let textSel = '';
  let submitSel = '';
  let enterSel = '';
  let compiled = false;
  let open: OpenDialog | null = null;
  let bypass = 0;
  let followUpUntil = 0;
  /** The draft that "Post" sent, which the page's own follow-up events may carry. */
  let followUpDraft = '';
  let swallowKeyUp: string | null = null;

  const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
    try {
      fn(...a);
    } catch (e) {
      console.debug('[Unscored]', e);
    }
  };

  /**
   * Selectors compiled on first use (custom sites: Mastodon is detected once the page exists;
   * any other site the user added has the recogniser alone).
   */
  const compile = () => {
    if (compiled) return;
    if (!composer) {
      if (!doc.body) return;
      if (isMastodon(doc)) composer = MASTODON_COMPOSER;
    }
    textSel = composer ? safeSelector(composer.textbox, doc) : '';
    submitSel = composer ? safeSelector(composer.submit, doc) : '';
    enterSel = composer?.enterSends ? safeSelector(composer.enterSends, doc) : '';
    compiled = true;
  };

  const chatOn = () => settings?.pause.chat === true;
  // In pick mode a click picks an element: the picker stops it, so there is no post to pause.
  // A site whose composer is its chat (Twitch) is paused only with the chat switch on.
  const active = () => isPauseOn(settings, siteKey) && !isPicking() && (!composer?.chat || chatOn());
  /** What the recogniser found, if it is to be paused (chat only with the switch on). */
  const wanted = (f: FoundComposer | null) => (f && (!f.chat || chatOn()) ? f : null);

  const block = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const inOurHost = (path: EventTarget[]) => !!open?.owns(path);

  /** Events the page itself sends right after a confirmed post (not the user's) go through. */
  /**
   * Only for the draft just confirmed: a page script's click on a new draft, even a moment after
   * a post, is asked about like any other.
   */
  const isFollowUp = (e: Event, boxes: Element[]) =>
    (!e.isTrusted || e.type === 'submit') && Date.now() < followUpUntil && draftOf(boxes) === followUpDraft;

  const withBypass = (fn: () => void) => {
    bypass++;
    try {
      fn();
    } finally {
      bypass--;
    }
  };

  const draftOf = (boxes: Element[]) => boxes.map(draftText).filter((t) => !isBlank(t)).join('\n\n');

  /** Focus back into the composer, caret where it was. */
  const refocus = (boxes: Element[], focused: Element | null, caret: { restore(): void } | null) => {
    const target = (focused && focused.isConnected ? focused : boxes.find((b) => b.isConnected)) as HTMLElement | undefined;
    if (!target) return;
    target.focus({ preventScroll: true });
    caret?.restore();
  };

  const prompt = (a: Attempt) => {
    if (!settings) return;
    const p = settings.pause;
    const draft = draftOf(a.boxes);
    const active0 = deepActiveElement(doc);
    const focused = a.boxes.find((b) => b === active0 || b.contains(active0)) ?? null;
    let caretBox = focused ?? a.boxes[0];
    let caret: SavedCaret | null = caretBox ? saveCaret(caretBox) : null;
    if (!focused && pressCaret && Date.now() - pressCaret.at < 5000 && a.boxes.includes(pressCaret.box)) {
      caretBox = pressCaret.box;
      caret = pressCaret.caret;
    } else if (!focused && caretBox) caret = caretAtEnd(caretBox, caret);
    pressCaret = null;
    const dlg = openDialog(
      {
        question: p.question,
        secondLine: p.secondLine,
        preview: preview(draft),
        delaySeconds: p.delaySeconds,
        askReason: p.askReason,
        snoozeMinutes: SNOOZE_MINUTES,
        journal: p.journal,
      },
      doc,
      !!site,
    );
    open = dlg;
    void dlg.result.then(
      guard((r: { action: 'post' | 'back'; reason: string; snooze: boolean }) => {
        open = null;
        if (r.snooze && settings) {
          const until = Date.now() + SNOOZE_MINUTES * 60_000;
          settings.pause.snoozedUntil[siteKey] = until;
          if (opts.storage !== false) {
            void updateSettings((s) => {
              s.pause.snoozedUntil[siteKey] = until;
            }).catch(() => undefined);
          }
        }
        refocus(a.boxes, focused ?? caretBox ?? null, caret);
        if (r.action !== 'post') return;
        if (p.journal && opts.storage !== false) {
          void addJournalEntry({ site: siteKey, time: Date.now(), question: p.question, answer: r.reason }).catch(() => undefined);
        }
        followUpUntil = Date.now() + FOLLOW_UP_MS;
        followUpDraft = draft;
        withBypass(a.replay);
      }),
    );
  };

  const clickReplay = (submit: Element, boxes: Element[]): Replay => () => {
    let target: Element | null = submit;
    // The site re-rendered its button meanwhile: the same composer's button as it is now.
    if (!target.isConnected && boxes[0]) target = (submitSel ? nearest(boxes[0], submitSel)[0] : null) ?? sendControlFor(boxes[0]);
    (target as HTMLElement | null)?.click();
  };

  /**
   * The composer a click or a key on a control sends: the site's selectors first, the
   * recogniser where they find nothing (no matching control, or no textbox near it).
   */
  const composerOfSubmit = (path: EventTarget[]): { submit: Element; boxes: Element[] } | null => {
    const submit = submitSel ? findInPath(path, submitSel) : null;
    if (submit && textSel) {
      const boxes = nearest(submit, textSel);
      if (boxes.length) return { submit, boxes };
    }
    const found = wanted(composerOfControl(path, win.location));
    return found?.submit ? { submit: found.submit, boxes: found.boxes } : null;
  };

  /** The caret as it was when a pointer went down on a submit control (focus may move to it). */
  let pressCaret: { box: Element; caret: SavedCaret; at: number } | null = null;
  const onPointerDown = guard((e: PointerEvent) => {
    if (bypass || open || !active()) return;
    compile();
    const path = e.composedPath();
    if (!(submitSel && findInPath(path, submitSel)) && !isSendControlInPath(path)) return;
    const a = deepActiveElement(doc);
    const box = a && textSel ? (a.matches(textSel) ? a : a.closest(textSel)) : a && (a as HTMLElement).isContentEditable ? composerOfBox([a], win.location)?.boxes[0] ?? null : a instanceof HTMLTextAreaElement ? a : null;
    pressCaret = box ? { box, caret: saveCaret(box), at: Date.now() } : null;
  });

  const onClick = guard((e: MouseEvent) => {
    if (bypass || !active()) return;
    compile();
    const path = e.composedPath();
    if (inOurHost(path)) return;
    const found = composerOfSubmit(path);
    if (!found) return;
    const { submit, boxes } = found;
    if (open) return block(e);
    if (isFollowUp(e, boxes) || isDisabled(submit)) return;
    if (isBlank(draftOf(boxes))) return;
    block(e);
    prompt({ boxes, submit, replay: clickReplay(submit, boxes) });
  });

  const onKeyDown = guard((e: KeyboardEvent) => {
    if (bypass) return;
    const path = e.composedPath();
    if (open) {
      if (inOurHost(path)) {
        // Our dialog's keys are ours: the page (its shortcuts, its own Escape) never sees them.
        open.onKey(e);
        e.stopImmediatePropagation();
        return;
      }
    }
    if (!active()) return;
    if (e.key !== 'Enter' && e.key !== ' ') return;
    compile();
    // Enter/Space on a submit control that is not a native button (native ones click).
    const onControl = path[0] instanceof Element && !(path[0] as HTMLElement).isContentEditable && !(path[0] instanceof HTMLTextAreaElement) ? composerOfSubmit(path) : null;
    const submit = onControl?.submit;
    if (onControl && submit && !(submit instanceof HTMLButtonElement || submit instanceof HTMLInputElement)) {
      if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return;
      if (open) return block(e);
      const boxes = onControl.boxes;
      if (isFollowUp(e, boxes) || isDisabled(submit)) return;
      if (isBlank(draftOf(boxes))) return;
      block(e);
      // A held key asks once: its repeats never reach the site, nor ask again.
      if (e.repeat) return;
      swallowKeyUp = e.key;
      prompt({ boxes, submit, replay: clickReplay(submit, boxes) });
      return;
    }
    let box: Element | null = null;
    let near: Element | undefined;
    if (isPostKey(e, composer?.shortcut) && textSel) box = findInPath(path, textSel);
    // Plain Enter in a box that sends with it (a site whose other boxes use another key).
    const enterBox = !box && enterSel && isPostKey(e, 'enter') ? findInPath(path, enterSel) : null;
    if (enterBox) {
      box = enterBox;
      near = submitSel ? nearest(box, submitSel)[0] : undefined;
    } else if (box) {
      if (composer?.shortcut === 'enter' && !enterSends(box)) return;
      near = submitSel ? nearest(box, submitSel)[0] : undefined;
    } else if (isPostKey(e, 'mod+enter') || isPostKey(e, 'enter')) {
      // Ctrl/Cmd+Enter in a box the recogniser knows (one with a send control): the shortcut
      // most composers share. Plain Enter only in a chat, where it sends everywhere; in other
      // boxes it is a new line.
      const found = wanted(composerOfBox(path, win.location));
      if (!found || (!found.chat && !isPostKey(e, 'mod+enter'))) return;
      box = found.boxes[0];
      near = found.submit ?? undefined;
    } else return;
    if (open) return block(e);
    const boxes = [box];
    if (isFollowUp(e, boxes)) return;
    if (near && isDisabled(near)) return;
    if (isBlank(draftOf(boxes))) return;
    block(e);
    if (e.repeat) return;
    const origin = path[0] instanceof Element ? path[0] : box;
    const init: KeyboardEventInit & { keyCode: number; which: number } = {
      key: e.key, code: e.code, location: e.location, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey,
      altKey: e.altKey, repeat: false, bubbles: true, cancelable: true, composed: true, keyCode: 13, which: 13,
    };
    prompt({
      boxes,
      submit: near ?? null,
      replay: () => {
        const t = origin.isConnected ? origin : box;
        // The whole key press: some pages send on the keyup (PeerTube's comment form binds
        // `keyup.control.enter`), most on the keydown.
        const unhandled = t.dispatchEvent(new KeyboardEvent('keydown', init));
        // A one-line input's Enter submits its form natively (implicit submission: SoundCloud's
        // comment box), which a synthetic keydown never does: do what the browser would have.
        if (unhandled && e.key === 'Enter' && box.localName === 'input') submitImplicitly((box as HTMLInputElement).form);
        t.dispatchEvent(new KeyboardEvent('keyup', init));
      },
    });
  });

  const onKeyUpOrPress = guard((e: KeyboardEvent) => {
    if (bypass) return;
    if (open && inOurHost(e.composedPath())) {
      open.onKey(e);
      return void e.stopImmediatePropagation();
    }
    if (swallowKeyUp && e.type === 'keyup' && e.key === swallowKeyUp) {
      swallowKeyUp = null;
      block(e);
    }
  });

  const onSubmit = guard((e: SubmitEvent) => {
    if (bypass || !active()) return;
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    compile();
    let boxes: Element[] = [];
    try {
      if (textSel) boxes = [...form.querySelectorAll(textSel)];
    } catch {
      return;
    }
    if (!boxes.length) boxes = wanted(composerOfForm(form, e.submitter, win.location))?.boxes ?? [];
    if (!boxes.length) return;
    if (open) return block(e);
    if (isFollowUp(e, boxes)) return;
    if (isBlank(draftOf(boxes))) return;
    block(e);
    const submitter = e.submitter;
    prompt({
      boxes,
      submit: submitter,
      replay: () => {
        if (!form.isConnected) return;
        if (submitter && submitter.isConnected && (submitter as HTMLButtonElement).form === form) form.requestSubmit(submitter as HTMLButtonElement);
        else form.requestSubmit();
      },
    });
  });

  /** Events from inside our dialog stay ours (the page's focus traps and shortcuts never see them). */
  const onOwnEvent = guard((e: Event) => {
    if (open && inOurHost(e.composedPath())) e.stopImmediatePropagation();
  });

  const listeners: [string, EventListener][] = [
    ['pointerdown', onPointerDown as EventListener],
    ['click', onClick as EventListener],
    ['keydown', onKeyDown as EventListener],
    ['keyup', onKeyUpOrPress as EventListener],
    ['keypress', onKeyUpOrPress as EventListener],
    ['submit', onSubmit as EventListener],
    ['focusin', onOwnEvent],
    ['focusout', onOwnEvent],
    ['beforeinput', onOwnEvent],
    ['input', onOwnEvent],
    ['compositionstart', onOwnEvent],
    ['compositionupdate', onOwnEvent],
    ['compositionend', onOwnEvent],
    ['paste', onOwnEvent],
    ['copy', onOwnEvent],
    ['cut', onOwnEvent],
  ];
  for (const [type, l] of listeners) win.addEventListener(type, l, { capture: true });

  let unwatch = () => {};
  if (opts.storage !== false && opts.watch !== false) {
    void loadSettings().then((r) => {
      settings ??= r.settings;
    }, () => undefined);
    unwatch = watchSettings((r) => {
      settings = r.settings;
    });
  }
  win.addEventListener('pagehide', () => open?.cancel());

  return {
    setSettings(s: Settings) {
      settings = s;
    },
    stop() {
      for (const [type, l] of listeners) win.removeEventListener(type, l, { capture: true });
      unwatch();
      open?.cancel();
    },
  };
}

/**
 * The browser's implicit submission of a form (HTML: Enter in a one-line field): a click on its
 * default button (the first submit button) unless that is disabled, or a submit when it has none.
 */
export function submitImplicitly(form: HTMLFormElement | null): void {
  if (!form || !form.isConnected) return;
  const button = [...form.elements].find((el) => (el as HTMLButtonElement).type === 'submit' || (el as HTMLInputElement).type === 'image') as
    | HTMLButtonElement
    | undefined;
  if (button) {
    if (!button.disabled) button.click();
  } else form.requestSubmit();
}
