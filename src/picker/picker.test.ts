import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Picker, PICKER_HOST } from './picker';
import type { SaveResult } from './save';

let pageClicks: string[];
let picker: Picker | null;
let listening: AbortController;
let save: ReturnType<typeof vi.fn<(sel: string) => Promise<SaveResult>>>;

beforeEach(() => {
  document.body.innerHTML = `
    <main>
      <p>A post that talks about 5 km in 27 minutes, long enough to be content and not a count.</p>
      <a href="/elsewhere" id="link"><span class="spaces-count">31</span></a>
      <form action="/post"><button id="send" type="submit">Send 2</button></form>
      <div aria-label="&lt;img src=x onerror=alert(1)&gt;"><span class="odd">5</span></div>
    </main>`;
  pageClicks = [];
  // The page's own handlers, as a site registers them (bubbling, on document).
  listening = new AbortController();
  const { signal } = listening;
  document.addEventListener('click', (e) => pageClicks.push((e.target as Element).localName), { signal });
  document.addEventListener('keydown', (e) => pageClicks.push(`key:${e.key}`), { signal });
  save = vi.fn(async () => ({ ok: true, message: 'Saved' }) as SaveResult);
  picker = new Picker({ save });
  picker.start();
});

afterEach(() => {
  picker?.close(null);
  listening.abort();
});

const host = () => document.querySelector(PICKER_HOST) as HTMLElement | null;
const shadow = () => host()!.shadowRoot!;
const key = (k: string, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true }));
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const button = (label: string) => [...shadow().querySelectorAll('button')].find((b) => b.textContent === label)!;

describe('pick mode', () => {
  it('puts its UI in a shadow root on a host element of ours', () => {
    expect(host()).not.toBeNull();
    expect(shadow().querySelector('[role="dialog"]')).not.toBeNull();
    expect(host()!.style.getPropertyPriority('z-index')).toBe('important');
  });

  it('a click on a link picks it, and neither navigates nor reaches the page', () => {
    const ok = click(document.querySelector('.spaces-count')!);
    expect(ok).toBe(false); // default prevented: no navigation
    expect(pageClicks).toEqual([]);
    expect(picker!.state).toBe('preview');
    expect(picker!.pickedElement).toBe(document.querySelector('.spaces-count'));
    expect(shadow().querySelector('code')!.textContent).toBe(picker!.selector);
  });

  it('a click on a submit button does not submit; submit events are stopped too', () => {
    const submitted = vi.fn();
    document.querySelector('form')!.addEventListener('submit', submitted);
    expect(click(document.querySelector('#send')!)).toBe(false);
    const ev = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')!.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('mousedown and pointerdown are stopped before the page sees them', () => {
    const seen = vi.fn();
    document.addEventListener('mousedown', seen, { signal: listening.signal });
    document.addEventListener('pointerdown', seen, { signal: listening.signal });
    document.querySelector('#link')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    document.querySelector('#link')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
    expect(seen).not.toHaveBeenCalled();
  });

  it('Escape leaves at any time without saving and gives the page its clicks back', () => {
    click(document.querySelector('.odd')!);
    expect(picker!.state).toBe('preview');
    key('Escape');
    expect(host()).toBeNull();
    expect(picker!.state).toBe('closed');
    expect(save).not.toHaveBeenCalled();
    click(document.querySelector('.odd')!);
    expect(pageClicks).toEqual(['span']);
  });

  it('works by keyboard: arrows move between numbers, Enter picks, arrows widen, Enter saves', async () => {
    key('ArrowDown');
    key('ArrowDown');
    key('Enter');
    expect(picker!.pickedElement?.textContent).toBe('5'); // "Send 2" is a label, not a count
    key('ArrowUp'); // in the preview, arrows change the width
    expect(picker!.state).toBe('preview');
    key('Backspace');
    expect(picker!.state).toBe('hover');
    key('ArrowUp'); // from "5" back to "31"
    key('Enter');
    expect(picker!.pickedElement?.textContent).toBe('31');
    const narrow = picker!.selector;
    key('ArrowRight');
    const wide = picker!.selector;
    expect(wide).not.toBe(narrow);
    key('ArrowLeft');
    expect(picker!.selector).toBe(narrow);
    key('Enter');
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith(narrow));
    expect(host()).toBeNull();
    // The page never saw the keys.
    expect(pageClicks).toEqual([]);
  });

  it('the Save button saves; a refused save keeps pick mode open with the reason', async () => {
    save.mockResolvedValueOnce({ ok: false, error: 'Not saved: nope.' });
    click(document.querySelector('.odd')!);
    click(button('Save'));
    await vi.waitFor(() => expect(shadow().querySelector('.error')!.textContent).toBe('Not saved: nope.'));
    expect(picker!.state).toBe('preview');
    click(button('Save'));
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('Cancel leaves without saving', () => {
    click(document.querySelector('.odd')!);
    click(button('Cancel'));
    expect(host()).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('a click on something that is not a number says so and picks nothing', () => {
    click(document.querySelector('main')!);
    expect(picker!.state).toBe('hover');
    expect(shadow().querySelector('.error')!.textContent).toMatch(/not a number/);
  });

  it('page strings are never parsed as markup', () => {
    click(document.querySelector('.odd')!);
    for (let i = 0; i < 5; i++) key('ArrowRight');
    expect(shadow().querySelectorAll('img')).toHaveLength(0);
    expect(shadow().querySelector('code')!.children).toHaveLength(0);
  });
});
