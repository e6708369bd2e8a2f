/**
 * Whether pick mode is on in this page, shared by the content script (the pause stands aside
 * meanwhile) and the picker, which is injected only when the user starts it (start.iife.ts:
 * a script of its own, run by the popup with scripting.executeScript). Both run in the
 * extension's isolated world of the page, whose globals they share and the page cannot see.
 */
const KEY = '__unscoredPicking';

type Shared = { [KEY]?: boolean };

export function isPicking(): boolean {
  return (globalThis as Shared)[KEY] === true;
}

export function setPicking(on: boolean): void {
  (globalThis as Shared)[KEY] = on;
}
