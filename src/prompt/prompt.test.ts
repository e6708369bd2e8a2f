import { describe, expect, it } from 'vitest';

import { draftText, isBlank, isPostKey, nearest, preview } from './composer';
import { enterSends, isPauseOn, submitImplicitly } from './pause';
import { journalToCsv, repairJournal } from './journal';
import { defaultSettings } from '../settings/schema';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

describe('isPostKey', () => {
  it('mod+enter needs Ctrl or Cmd', () => {
    expect(isPostKey(key({ key: 'Enter', ctrlKey: true }), 'mod+enter')).toBe(true);
    expect(isPostKey(key({ key: 'Enter', metaKey: true }), 'mod+enter')).toBe(true);
    expect(isPostKey(key({ key: 'Enter' }), 'mod+enter')).toBe(false);
  });
  it('enter is plain Enter only (Shift+Enter is a new line)', () => {
    expect(isPostKey(key({ key: 'Enter' }), 'enter')).toBe(true);
    expect(isPostKey(key({ key: 'Enter', shiftKey: true }), 'enter')).toBe(false);
    expect(isPostKey(key({ key: 'Enter', isComposing: true }), 'enter')).toBe(false);
    expect(isPostKey(key({ key: 'Enter' }), undefined)).toBe(false);
  });
});

describe('composer helpers', () => {
  it('finds the textbox nearest to a submit control', () => {
    document.body.innerHTML = '<div><textarea id="a">one</textarea><button id="s1">Post</button></div><div><textarea id="b"></textarea><button id="s2">Post</button></div>';
    expect(nearest(document.getElementById('s1')!, 'textarea').map((e) => e.id)).toEqual(['a']);
    expect(nearest(document.getElementById('s2')!, 'textarea').map((e) => e.id)).toEqual(['b']);
    expect(isBlank(draftText(document.getElementById('b')!))).toBe(true);
    expect(isBlank('\u200b \u00a0\n')).toBe(true);
  });
  it('previews the start of the draft', () => {
    expect(preview('x'.repeat(300)).length).toBe(281);
    expect(preview('  hi  ')).toBe('hi');
  });
  it('Enter is a new line in a post editor inside a dialog, a send in comment boxes', () => {
    document.body.innerHTML = `<div role="dialog"><div id="post" contenteditable="true" role="textbox" aria-label="What's on your mind?"></div>
      <div id="c" contenteditable="true" role="textbox" aria-label="Write a comment…"></div><textarea id="t"></textarea></div>
      <div id="out" contenteditable="true"></div>`;
    expect(enterSends(document.getElementById('post')!)).toBe(false);
    expect(enterSends(document.getElementById('c')!)).toBe(true);
    expect(enterSends(document.getElementById('t')!)).toBe(true);
    expect(enterSends(document.getElementById('out')!)).toBe(true);
  });
});

describe('submitImplicitly (replaying Enter in a one-line input)', () => {
  const form = (html: string) => {
    document.body.innerHTML = `<form>${html}</form>`;
    const f = document.querySelector('form')!;
    const seen: string[] = [];
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      seen.push(`submit:${(e as SubmitEvent).submitter?.id ?? ''}`);
    });
    f.addEventListener('click', (e) => seen.push(`click:${(e.target as Element).id}`));
    return { f, seen };
  };
  it('clicks the default (first) submit button, as the browser would', () => {
    const { f, seen } = form('<input id="i"><button type="button" id="b0">Emoji</button><button id="b1">Post</button><button id="b2">Other</button>');
    submitImplicitly(f);
    expect(seen).toEqual(['click:b1', 'submit:b1']);
  });
  it('does nothing when the default button is disabled', () => {
    const { f, seen } = form('<input id="i"><button id="b1" disabled>Post</button>');
    submitImplicitly(f);
    expect(seen).toEqual([]);
  });
  it('submits a form without a submit button; ignores a detached or missing form', () => {
    const { f, seen } = form('<input id="i">');
    submitImplicitly(f);
    expect(seen).toEqual(['submit:']);
    f.remove();
    submitImplicitly(f);
    submitImplicitly(null);
    expect(seen).toEqual(['submit:']);
  });
});

describe('isPauseOn', () => {
  it('is off by default, on per site, off while snoozed', () => {
    const s = defaultSettings();
    expect(isPauseOn(s, 'x')).toBe(false);
    s.pause.sites.x = true;
    expect(isPauseOn(s, 'x')).toBe(true);
    expect(isPauseOn(s, 'bluesky')).toBe(false);
    s.pause.snoozedUntil.x = 2000;
    expect(isPauseOn(s, 'x', 1000)).toBe(false);
    expect(isPauseOn(s, 'x', 3000)).toBe(true);
    expect(isPauseOn(undefined, 'x')).toBe(false);
  });
});

describe('journal', () => {
  it('drops malformed entries one by one', () => {
    expect(repairJournal([{ site: 'x', time: 1, question: 'q', answer: 'a' }, null, { site: 3 }, { site: 'y', time: 'now' }])).toEqual([
      { site: 'x', time: 1, question: 'q', answer: 'a' },
    ]);
    expect(repairJournal('nope')).toEqual([]);
  });
  it('exports CSV with quoting and without spreadsheet formulas', () => {
    const csv = journalToCsv([{ site: 'x', time: 0, question: 'Why?', answer: '=HYPERLINK("a")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""a"")"`);
    expect(csv.split('\r\n')[0]).toBe('"time","site","question","answer"');
  });
});
