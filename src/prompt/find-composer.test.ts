import { beforeEach, describe, expect, it } from 'vitest';
import { composerOfBox, composerOfControl, composerOfForm, controlName, isChat, refusal } from './find-composer';

const at = (path: string) => ({ pathname: path }) as Location;
const HOME = at('/');

/** The event path of a click on `el`: itself and its ancestors, up to window. */
function pathOf(el: Element): EventTarget[] {
  const out: EventTarget[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) out.push(e);
  out.push(document, window);
  return out;
}
const $ = (sel: string) => document.querySelector(sel)!;
const ids = (els: Element[] | undefined) => (els ?? []).map((e) => e.id);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('controlName', () => {
  it('reads aria-labelledby, aria-label, text, title, the svg title and an input value', () => {
    document.body.innerHTML = `
      <span id="l">Reply</span><button id="a" aria-labelledby="l"></button>
      <button id="b" aria-label="Post">x</button><button id="c"> Send
        now </button><div id="d" role="button" title="Comment"></div>
      <div id="e" role="button"><svg><title>Publish</title></svg></div><input id="f" type="submit" value="add comment">`;
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((i) => controlName($(`#${i}`)))).toEqual(['Reply', 'Post', 'Send now', 'Comment', 'Publish', 'add comment']);
  });
});

describe('composerOfControl: a send control and its box', () => {
  it('a role=button named with a send word after a contenteditable box, no form, hashed classes', () => {
    document.body.innerHTML = `<div class="a1"><div class="b2"><div id="box" contenteditable="true" role="textbox" aria-label="Text editor for creating comment"><p>hi</p></div></div>
      <div class="c3"><button id="emoji" aria-label="Open Emoji Keyboard" aria-haspopup="true"></button><button id="go" class="x9f"><span>Comment</span></button></div></div>`;
    const f = composerOfControl(pathOf($('#go span')), HOME);
    expect(ids(f?.boxes)).toEqual(['box']);
    expect(f?.submit?.id).toBe('go');
    expect(f?.chat).toBe(false);
    // The emoji control opens a popup: never a send control.
    expect(composerOfControl(pathOf($('#emoji')), HOME)).toBeNull();
  });

  it('an icon-only button named by its svg title; other languages from the word files', () => {
    document.body.innerHTML = `<div><textarea id="t"></textarea><div role="button" id="s"><svg><title>Antworten</title></svg></div></div>
      <div><textarea id="t2"></textarea><button id="s2">投稿する</button></div>`;
    expect(ids(composerOfControl(pathOf($('#s svg')), HOME)?.boxes)).toEqual(['t']);
    expect(ids(composerOfControl(pathOf($('#s2')), HOME)?.boxes)).toEqual(['t2']);
  });

  it("a form's submit button, whatever its name", () => {
    document.body.innerHTML = '<form><textarea id="t"></textarea><button id="s">Go!</button></form>';
    expect(ids(composerOfControl(pathOf($('#s')), HOME)?.boxes)).toEqual(['t']);
  });

  it('not a control named otherwise, not a send word before the box (a reply icon above a composer)', () => {
    document.body.innerHTML = `<article><button id="reply" aria-label="Reply"></button></article><div><div id="box" contenteditable="true"></div>
      <button id="cancel">Cancel</button></div>`;
    expect(composerOfControl(pathOf($('#reply')), HOME)).toBeNull();
    expect(composerOfControl(pathOf($('#cancel')), HOME)).toBeNull();
  });

  it('a send control just before its box (a composer header) is taken; a post\'s action bar far above is not', () => {
    document.body.innerHTML = `<div role="dialog"><div><button id="pub" aria-label="Publish reply">Reply</button></div><div><div id="box" contenteditable="true" role="combobox"></div></div></div>`;
    expect(ids(composerOfControl(pathOf($('#pub')), HOME)?.boxes)).toEqual(['box']);
    document.body.innerHTML = `<main><article><div><div><div role="group"><div><button id="r" aria-label="Reply"></button></div></div></div></div></article><div><div id="box" contenteditable="true"></div><button id="s">Reply</button></div></main>`;
    expect(composerOfControl(pathOf($('#r')), HOME)).toBeNull();
    expect(ids(composerOfControl(pathOf($('#s')), HOME)?.boxes)).toEqual(['box']);
  });

  it('a send word on an element styled as clickable, after its box (Bilibili\'s "发布" div); never before it, never plain text', () => {
    document.body.innerHTML = `<div><div><textarea id="t"></textarea></div><div id="send" style="cursor: pointer"><div id="label">发布</div></div></div>`;
    expect(ids(composerOfControl(pathOf($('#label')), HOME)?.boxes)).toEqual(['t']);
    expect(composerOfControl(pathOf($('#label')), HOME)?.submit?.id).toBe('label');
    // The same words as plain text, or a clickable "Reply" above a box (it opens one): no composer.
    document.body.innerHTML = `<div><div><textarea id="t"></textarea></div><div id="plain">发布</div></div>
      <div><span id="open" style="cursor: pointer">Reply</span><div><textarea id="t2"></textarea></div></div>`;
    expect(composerOfControl(pathOf($('#plain')), HOME)).toBeNull();
    expect(composerOfControl(pathOf($('#open')), HOME)).toBeNull();
  });

  it('an editor in a shadow root inside the one its send button is in (Bilibili\'s 2024 box), found through the roots', () => {
    document.body.innerHTML = '<div id="host-outer"></div>';
    const outer = $('#host-outer').attachShadow({ mode: 'open' });
    outer.innerHTML = '<div id="body"><div id="editor"><x-rich></x-rich></div><div id="footer"><div id="pub"><button id="send">发布</button></div></div></div>';
    const inner = outer.querySelector('x-rich')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div class="brt-root"><div id="ed" contenteditable="true"><p>第7天</p></div></div>';
    // The event path of a click on the button, across its root to the host and up.
    const button = outer.querySelector('#send')!;
    const path: EventTarget[] = [];
    for (let e: Element | null = button; e; e = e.parentElement) path.push(e);
    path.push(outer);
    for (let e: Element | null = $('#host-outer'); e; e = e.parentElement) path.push(e);
    path.push(document, window);
    const f = composerOfControl(path, HOME);
    expect(f?.submit).toBe(button);
    expect(f?.boxes).toEqual([inner.querySelector('#ed')]);
  });

  it('a one-line input is not a composer', () => {
    document.body.innerHTML = '<div><input id="i" type="text"><button id="s">Send</button></div>';
    expect(composerOfControl(pathOf($('#s')), HOME)).toBeNull();
  });
});

describe('composerOfBox and composerOfForm', () => {
  it('a key in an editor paragraph: the editing host and its send control', () => {
    document.body.innerHTML = '<div><div id="box" contenteditable="true"><p id="p">text</p></div><button id="s">Post</button></div>';
    const f = composerOfBox(pathOf($('#p')), HOME);
    expect(ids(f?.boxes)).toEqual(['box']);
    expect(f?.submit?.id).toBe('s');
    document.body.innerHTML = '<div><div id="box" contenteditable="true"></div></div>';
    expect(composerOfBox(pathOf($('#box')), HOME), 'no send control: not a composer').toBeNull();
  });

  it('a form holding a textarea', () => {
    document.body.innerHTML = '<form id="f"><textarea id="t"></textarea><input type="submit" value="add comment"></form>';
    expect(ids(composerOfForm($('#f') as HTMLFormElement, null, HOME)?.boxes)).toEqual(['t']);
  });
});

describe('never a search box, a login form or a settings form', () => {
  const cases: [string, string, string?][] = [
    ['role=search', '<div role="search"><textarea id="t"></textarea><button id="s">Submit</button></div>'],
    ['<search>', '<search><form><textarea id="t"></textarea><button id="s">Send</button></form></search>'],
    ['a search form by its action', '<form action="/search"><textarea id="t"></textarea><button id="s">Submit</button></form>'],
    ['Google\'s textarea named q', '<form action="/x"><textarea id="t" name="q" title="Find"></textarea><button id="s">Submit</button></form>'],
    ['a box labelled Search', '<div><div id="t" contenteditable="true" aria-label="Search posts"></div><button id="s">Post</button></div>'],
    ['a searchbox', '<div><div id="t" contenteditable="true" role="searchbox"></div><button id="s">Send</button></div>'],
    ['a form with type=search', '<form><input type="search"><textarea id="t"></textarea><button id="s">Submit</button></form>'],
    ['a login form', '<form><textarea id="t"></textarea><input type="password"><button id="s">Submit</button></form>'],
    ['a sign-in button', '<div><textarea id="t"></textarea><button id="s">Sign in</button></div>'],
    ['a settings form by its id', '<form id="settings-form"><textarea id="t" name="bio"></textarea><button id="s">Submit</button></form>'],
    ['a settings form by its choices', '<form><textarea id="t" name="bio"></textarea><input type="checkbox"><button id="s">Submit</button></form>'],
    ['a settings page', '<form><textarea id="t" name="bio"></textarea><button id="s">Submit</button></form>', '/settings/profile'],
  ];
  it.each(cases)('%s', (_, html, path = '/') => {
    document.body.innerHTML = html;
    const loc = at(path);
    expect(composerOfControl(pathOf($('#s')), loc)).toBeNull();
    expect(composerOfBox(pathOf($('#t')), loc)).toBeNull();
    const form = $('#t').closest('form');
    if (form) expect(composerOfForm(form, $('#s'), loc)).toBeNull();
    expect(refusal([$('#t')], $('#s'), loc)).not.toBeNull();
  });

  it('an ordinary comment form is not refused', () => {
    document.body.innerHTML = '<form action="comment"><input type="hidden" name="parent" value="1"><textarea id="t" name="text"></textarea><input id="s" type="submit" value="add comment"></form>';
    expect(refusal([$('#t')], $('#s'), at('/item'))).toBeNull();
  });
});

describe('chat and direct messages are flagged', () => {
  it('by a chat log beside the box, its placeholder, or the address', () => {
    document.body.innerHTML = '<section><div role="log"></div><div><textarea id="t"></textarea><button id="s">Chat</button></div></section>';
    expect(composerOfControl(pathOf($('#s')), HOME)?.chat).toBe(true);
    document.body.innerHTML = '<div><textarea id="t" placeholder="Send a message"></textarea><button id="s">Send</button></div>';
    expect(isChat([$('#t')], $('#s'), HOME)).toBe(true);
    document.body.innerHTML = '<div><div id="t" contenteditable="true"></div><button id="s">Send</button></div>';
    expect(isChat([$('#t')], $('#s'), HOME)).toBe(false);
    expect(isChat([$('#t')], $('#s'), at('/messages/123'))).toBe(true);
  });
});
