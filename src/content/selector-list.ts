/**
 * A site file's selectors as one list, parsed by the browser the first time it is used. A site
 * file is data, and a browser may reject one of its selectors (`:has()` came late to some): one
 * it rejects must not void the others. `:is()` takes a forgiving list (a selector the browser
 * rejects inside it is dropped, not the list), so the list is parsed once, where it is first
 * needed; a list that fails anyway (unbalanced brackets, a browser without a forgiving `:is`)
 * falls back to the selectors the browser accepts one by one.
 *
 * Why lazy and once: checking each selector up front and then parsing the joined list again
 * cost 5-6 ms of every page load (a parse per selector, then the list three times over).
 */
export class SelectorList {
  private list: string | null | undefined;

  constructor(
    private readonly selectors: readonly string[],
    private readonly doc: Document,
  ) {}

  get empty(): boolean {
    return this.selectors.length === 0;
  }

  /** Whether a selector (as written in the site file) depends on the element's content. */
  some(test: (selector: string) => boolean): boolean {
    return this.selectors.some(test);
  }

  matches(el: Element): boolean {
    if (this.list === undefined) {
      const joined = this.selectors.length ? `:is(${this.selectors.join(', ')})` : null;
      try {
        if (joined) el.matches(joined);
        this.list = joined;
      } catch {
        this.list = accepted(this.selectors, this.doc);
      }
    }
    return this.list !== null && el.matches(this.list);
  }
}

function accepted(sels: readonly string[], doc: Document): string | null {
  const probe = doc.createElement('div');
  const ok = sels.filter((sel) => {
    try {
      probe.matches(sel);
      return true;
    } catch {
      return false;
    }
  });
  return ok.length ? ok.join(', ') : null;
}
