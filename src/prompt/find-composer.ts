/**
 * The composer recogniser: finds a composer by what it is, not by a site's selectors, so the
 * pause still works when a site renames its classes and test ids, on registry sites whose files
 * have no composer for this box, and on sites the user added.
 *
 * A composer is an editable region (a textarea, an editing host, a `role="textbox"`) and the
 * control that sends it: its form's submit button, or the nearest button / `role="button"` after
 * it whose name (aria-label, title, text, or its icon's svg <title>) is a send word of one of the
 * word files (src/recogniser/words/, `send`). Never a search box, a login form or a settings form:
 * those are refused however they look. Chat and direct messages are recognised but flagged, so
 * the caller can leave them alone unless the user turned the chat switch on.
 *
 * Only called once an event already looks like a post attempt (a click on a control, Enter in an
 * editable region, a form's submit), never for every event.
 */
import { isSendWord } from '../recogniser/recognise';
import { parentOf } from './composer';

export interface FoundComposer {
  /** The editable region(s) holding the draft. */
  boxes: Element[];
  /** The control that sends it (null for a form submitted by the keyboard without one). */
  submit: Element | null;
  /** Chat or direct messages: paused only with the chat switch on. */
  chat: boolean;
}

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';
const CONTROL = 'button, [role="button"], input[type="submit"], input[type="image"]';
/** How far up from a control (or a box) its box (or control) may be. */
const MAX_UP = 8;
/**
 * A send control before its box (Bluesky's "Reply" in the composer's header) only this close:
 * farther up, a "Reply" or "Comment" before a box is a post's action bar above its comments.
 */
const MAX_UP_BEFORE = 3;

/** A region the user writes a post in: enabled, writable, and not a one-line input. */
export function isEditableRegion(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) return false;
  const h = el as HTMLElement;
  if (h.isContentEditable) return true;
  return el.getAttribute('role') === 'textbox' && el.getAttribute('aria-readonly') !== 'true' && el.getAttribute('aria-disabled') !== 'true';
}

/** The outermost editable element around `el` (an editor's paragraphs belong to its host). */
function editingHost(el: Element): Element {
  let top = el;
  for (let p = top.parentElement; p && isEditableRegion(p); p = p.parentElement) top = p;
  return top;
}

/** The first editable region in an event's path, as its editing host. */
export function editableInPath(path: readonly EventTarget[]): Element | null {
  for (const t of path) {
    if (t instanceof Element && t.matches(EDITABLE) && isEditableRegion(t)) return editingHost(t);
  }
  return null;
}

/** A control's name as a screen reader would start it: aria-labelledby, aria-label, title, text, svg title, value. */
export function controlName(el: Element): string {
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const t = by.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ').trim();
    if (t) return t;
  }
  const label = el.getAttribute('aria-label')?.trim();
  if (label) return label;
  if (el instanceof HTMLInputElement) return (el.value || el.getAttribute('alt') || '').trim();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text) return text;
  const title = el.getAttribute('title')?.trim() || el.querySelector('svg title')?.textContent?.trim();
  return title ?? '';
}

/** A native control that submits its form. */
function isFormSubmitter(el: Element): el is HTMLButtonElement | HTMLInputElement {
  return (el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'image'));
}

/** Controls that open something (a menu, a popup) or toggle a state never send. */
function opensSomething(el: Element): boolean {
  return el.hasAttribute('aria-haspopup') && el.getAttribute('aria-haspopup') !== 'false' || el.hasAttribute('aria-expanded') || el.hasAttribute('aria-pressed');
}

/**
 * A control named with a send word ("Post", "Reply", "Antworten", "投稿する"): its name, or its
 * visible text or title where the label says more ("Publish reply" on a button showing "Reply").
 */
export function isSendNamed(el: Element): boolean {
  if (!el.matches(CONTROL) || opensSomething(el)) return false;
  if (isSendWord(controlName(el))) return true;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const title = el.getAttribute('title')?.trim() ?? '';
  return (!!text && text.length < 40 && isSendWord(text)) || (!!title && isSendWord(title));
}

/**
 * A send control that is no button: an element the page styles as clickable (`cursor:
 * pointer`) whose whole text is a send word, not inside a button or a link (Bilibili's "发布"
 * is a `div`). Taken only after its box, never before it: a "Reply" link above a post opens a
 * box, it does not send one.
 */
function isPointerSend(el: Element): boolean {
  if (el.closest(`${CONTROL}, a[href]`) || opensSomething(el)) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 20 || !isSendWord(text)) return false;
  if (el.querySelector(EDITABLE)) return false;
  const view = el.ownerDocument.defaultView;
  return !!view && view.getComputedStyle(el).cursor === 'pointer';
}

function topEditables(root: Element): Element[] {
  const out: Element[] = [];
  editablesIn(root, out, 0);
  if (root.shadowRoot) editablesIn(root.shadowRoot, out, 1);
  if (root.matches(EDITABLE) && isEditableRegion(root)) out.push(root);
  return out;
}

/**
 * Editable regions in a tree and in the open shadow roots inside it, three roots deep at most
 * (Bilibili's 2024 box: the editor is in a shadow root inside the one its send button is in).
 * Only asked once a send control was clicked, never on every event.
 */
function editablesIn(root: Element | ShadowRoot, out: Element[], depth: number): void {
  for (const e of root.querySelectorAll(EDITABLE)) if (isEditableRegion(e) && editingHost(e) === e) out.push(e);
  if (depth >= 3) return;
  for (const h of root.querySelectorAll('*')) if (h.shadowRoot) editablesIn(h.shadowRoot, out, depth + 1);
}

/** Whether `b` comes after `a` in the document (a send button follows its box). */
function follows(a: Element, b: Element): boolean {
  return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** The box(es) a send control belongs to: its form's, or the nearest ones before it. */
function boxesFor(control: Element): Element[] {
  const form = (control as HTMLButtonElement).form ?? control.closest('form');
  if (form) {
    const inForm = topEditables(form);
    if (inForm.length) return inForm;
  }
  let el: Element | null = parentOf(control);
  for (let i = 0; el && i < MAX_UP && el.localName !== 'body'; i++, el = parentOf(el)) {
    const found = topEditables(el).filter((b) => !b.contains(control) && (i < MAX_UP_BEFORE || follows(b, control)));
    if (found.length) return found;
  }
  return [];
}

/** The control that sends `box`: its form's send-named or submit button, or the nearest send-named control after it. */
export function sendControlFor(box: Element): Element | null {
  const form = box.closest('form');
  if (form) {
    const controls = [...form.querySelectorAll(CONTROL)];
    const named = controls.find((c) => isSendNamed(c));
    if (named) return named;
    const submitter = controls.find((c) => isFormSubmitter(c));
    if (submitter) return submitter;
  }
  let el: Element | null = parentOf(box);
  for (let i = 0; el && i < MAX_UP && el.localName !== 'body'; i++, el = parentOf(el)) {
    const hit = [...el.querySelectorAll(CONTROL)].find((c) => !box.contains(c) && (i < MAX_UP_BEFORE || follows(box, c)) && isSendNamed(c));
    if (hit) return hit;
  }
  return null;
}

// Short words only as whole words: "ara" (Turkish) is in "paragraph", Quora's classes are "q-box".
const SEARCH_WORDS = /search|\bsuche|recherch|\bbusca|\bcerca\b|\bzoek|szukaj|поиск|пошук|\bara\b|検索|搜索|검색/i;
const SETTINGS_WORDS = /setting|preference|account|profile|password|einstellung|paramètre|configura|instellingen|ustawienia|настройк|налаштув|ayarlar|設定|设置|설정/i;
const LOGIN_WORDS = /log ?in|sign ?in|sign ?up|register|anmelden|connexion|iniciar sesi|entrar|accedi|inloggen|zaloguj|войти|увійти|giriş|ログイン|登录|로그인/i;
const CHAT_WORDS = /\bchat|message|messaging|\bdirect\b|conversation|\bdm\b|nachricht|mensaje|mensagem|messaggio|bericht|wiadomo|сообщени|повідомлен|mesaj|メッセージ|消息|私信|메시지/i;

/**
 * The words a form or box is described by: its action, id, name, aria-label, placeholder, title.
 * Not its classes: generated ones say nothing, and a redesign renames them anyway.
 */
function describedBy(el: Element): string {
  return ['action', 'id', 'name', 'aria-label', 'placeholder', 'aria-placeholder', 'title', 'data-placeholder']
    .map((a) => el.getAttribute(a) ?? '')
    .join(' ');
}

/** The smallest element holding both the box and the control (or the form around them). */
function scopeOf(boxes: Element[], submit: Element | null): Element | null {
  const first = boxes[0];
  if (!first) return null;
  const form = first.closest('form');
  if (form) return form;
  if (!submit) return first.parentElement;
  let el: Element | null = first;
  while (el && !el.contains(submit)) el = parentOf(el);
  return el;
}

/**
 * Why this is not a composer, or null if it is one: a search box, a login form, a settings form.
 * Checked on whatever the recogniser found, before any pause.
 */
export function refusal(boxes: Element[], submit: Element | null, loc: Location = location): 'search' | 'login' | 'settings' | null {
  const scope = scopeOf(boxes, submit);
  const parts = [...boxes, ...(submit ? [submit] : []), ...(scope ? [scope] : [])];
  for (const el of parts) {
    if (el.closest('[role="search"], search')) return 'search';
    // Not role=combobox: Draft.js mention editors are comboboxes (TikTok's comment box).
    if (el.getAttribute('role') === 'searchbox') return 'search';
  }
  // name="q" is the search parameter's name the web over (Google's search box is a textarea).
  for (const b of boxes) if (SEARCH_WORDS.test(describedBy(b)) || b.getAttribute('name') === 'q') return 'search';
  if (scope?.localName === 'form' && SEARCH_WORDS.test(describedBy(scope))) return 'search';
  if (scope?.querySelector('input[type="search"], [role="searchbox"]')) return 'search';
  if (scope?.querySelector('input[type="password"]')) return 'login';
  if (submit && LOGIN_WORDS.test(controlName(submit))) return 'login';
  if (scope?.localName === 'form') {
    if (SETTINGS_WORDS.test(describedBy(scope)) || LOGIN_WORDS.test(describedBy(scope))) return 'settings';
    // A form of choices (checkboxes, radios, selects) is a form to fill in, not a post.
    if (scope.querySelector('select, input[type="checkbox"], input[type="radio"]')) return 'settings';
  }
  if (/\/(settings|preferences|account|accounts|login|signin|signup|register)(\/|$|\?)/i.test(loc.pathname)) return 'settings';
  return null;
}

/** Chat and direct messages: by the box's or its surroundings' description, a chat log beside it, or the address. */
export function isChat(boxes: Element[], submit: Element | null, loc: Location = location): boolean {
  if (/\/(messages|messaging|direct|chat|dm|inbox|conversations?)(\/|$|\?)/i.test(loc.pathname)) return true;
  if (boxes.some((b) => CHAT_WORDS.test(describedBy(b)))) return true;
  let el: Element | null = boxes[0] ?? submit;
  for (let i = 0; el && i < MAX_UP && el.localName !== 'body'; i++, el = parentOf(el)) {
    if (el.querySelector('[role="log"]')) return true;
    const label = el.getAttribute('aria-label') ?? '';
    if (label && CHAT_WORDS.test(label)) return true;
  }
  return false;
}

function accept(boxes: Element[], submit: Element | null, loc: Location): FoundComposer | null {
  if (!boxes.length || refusal(boxes, submit, loc)) return null;
  return { boxes, submit, chat: isChat(boxes, submit, loc) };
}

/** A click (or Enter/Space) whose path holds a send control: the composer it sends. */
export function composerOfControl(path: readonly EventTarget[], loc: Location = location): FoundComposer | null {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    if (t.localName === 'body' || t.localName === 'form') return null;
    if (!t.matches(CONTROL)) {
      if (!isPointerSend(t)) continue;
      const boxes = boxesFor(t).filter((b) => follows(b, t));
      return boxes.length ? accept(boxes, t, loc) : null;
    }
    const sends = isSendNamed(t) || (isFormSubmitter(t) && !!t.form && topEditables(t.form).length > 0);
    if (!sends) return null;
    return accept(boxesFor(t), t, loc);
  }
  return null;
}

/** A key pressed in an editable region that has a send control: that composer. */
export function composerOfBox(path: readonly EventTarget[], loc: Location = location): FoundComposer | null {
  const box = editableInPath(path);
  if (!box) return null;
  const submit = sendControlFor(box);
  if (!submit) return null;
  return accept([box], submit, loc);
}

/** A form being submitted that holds an editable region: that composer. */
export function composerOfForm(form: HTMLFormElement, submitter: Element | null, loc: Location = location): FoundComposer | null {
  const boxes = topEditables(form);
  return accept(boxes, submitter ?? sendControlFor(boxes[0] ?? form), loc);
}

/** Whether a pointer went down on a send control (to remember the caret before focus moves). */
export function isSendControlInPath(path: readonly EventTarget[]): boolean {
  for (const t of path) {
    if (!(t instanceof Element)) continue;
    if (t.localName === 'body') return false;
    if (t.matches(CONTROL)) return isSendNamed(t) || isFormSubmitter(t);
    if (isPointerSend(t)) return true;
  }
  return false;
}
