/**
 * "Exactly once, whatever the hands do" (issue 17) in Firefox ESR, on every site's main composer
 * fixture: at 0 s, with the site's button moved under where the dialog's Post appears (the worst
 * case), a double or a triple click asks and never posts; a click of its own on Post then posts
 * once. Where the site sends with a key, that key held down asks once and its repeats never
 * answer the dialog. Its own browser (a spec file runs on one worker), beside firefox.spec.ts.
 */
import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { firefoxForSpec, openWithSettings } from './lib/firefox';
import { dialogState, focusEnd, focusedAction, inDialog, listComposerFixtures, pauseSettings, posts, readDraft, settlePause, type ComposerFixture } from './fixtures-composer/harness';

test.describe.configure({ mode: 'serial' });
const firefox = firefoxForSpec();

const primary = listComposerFixtures().fixtures.filter((f) => f.primary);

/** The site's composer with the pause on at 0 s, a draft typed. */
async function openPaused(f: ComposerFixture, draft: string): Promise<Page> {
  const settings = pauseSettings(f.site, true, { question: 'Why am I sharing this?', delaySeconds: 0, chat: !!f.composer.chat });
  const page = await openWithSettings(firefox(), settings, { [f.url]: f.html }, f.url);
  expect(await page.evaluate(focusEnd, f.textSel), 'textbox found').toBe(true);
  await page.keyboard.type(draft);
  return page;
}

for (const f of primary) {
  test(`firefox ${f.name}: double and triple clicks at 0 s, the dialog's Post under the pointer, never post without the question`, async () => {
    const page = await openPaused(f, 'clicked in a hurry');
    try {
      // Where Post appears; the site's button moved there.
      await page.click(f.submitPptr);
      await settlePause(page);
      const post = (await inDialog(page, dialogState)).post;
      expect(post, 'the dialog shows Post').toBeTruthy();
      await page.keyboard.press('Escape');
      await settlePause(page);
      await page.$eval(f.submitPptr, (b, r) => {
        for (const [k, v] of Object.entries({ position: 'fixed', left: `${r.x}px`, top: `${r.y}px`, width: `${r.width}px`, height: `${r.height}px`, 'z-index': '2147483646', margin: '0', transform: 'none' })) (b as HTMLElement).style.setProperty(k, v, 'important');
      }, post!);
      const at = { x: post!.x + post!.width / 2, y: post!.y + post!.height / 2 };
      for (const count of [2, 3]) {
        await page.mouse.click(at.x, at.y, { count });
        await settlePause(page);
        expect((await inDialog(page, dialogState)).open, `${count} clicks: the question is up`).toBe(true);
        expect(await page.evaluate(posts), `${count} clicks: nothing posted`).toEqual([]);
        await page.keyboard.press('Escape');
        await settlePause(page);
        expect(await page.evaluate(readDraft, f.textSel)).toBe('clicked in a hurry');
      }
      // A click of its own on Post posts once.
      await page.mouse.click(at.x, at.y);
      await settlePause(page);
      await page.mouse.click(at.x, at.y);
      await settlePause(page);
      expect(await page.evaluate(posts)).toEqual(['clicked in a hurry']);
    } finally {
      await page.close();
    }
  });

  if (f.composer.shortcut) {
    const mod = f.composer.shortcut === 'mod+enter';
    test(`firefox ${f.name}: a held ${mod ? 'Ctrl+Enter' : 'Enter'} asks once; its repeats never activate the dialog's Post`, async () => {
      const page = await openPaused(f, 'held down');
      try {
        if (mod) await page.keyboard.down('Control');
        await page.keyboard.down('Enter');
        await settlePause(page);
        expect((await inDialog(page, dialogState)).open).toBe(true);
        if (mod) await page.keyboard.up('Control');
        // To Post, by Tab (focus stays in the dialog; a reason field may come first).
        for (let i = 0; i < 4 && (await inDialog(page, focusedAction)) !== 'post'; i++) await page.keyboard.press('Tab');
        expect(await inDialog(page, focusedAction)).toBe('post');
        // Still held: WebDriver sends a key that is already down as a repeat.
        for (let i = 0; i < 5; i++) await page.keyboard.down('Enter');
        await settlePause(page);
        expect((await inDialog(page, dialogState)).open, 'the held key never answered').toBe(true);
        expect(await page.evaluate(posts)).toEqual([]);
        await page.keyboard.up('Enter');
        await page.keyboard.press('Enter');
        await settlePause(page);
        expect(await page.evaluate(posts)).toEqual(['held down']);
      } finally {
        await page.close();
      }
    });
  }
}
