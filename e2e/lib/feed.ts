/**
 * Grows an X-like feed from inside the page, the way an endless timeline does: posts appended
 * synchronously in batches, one batch per frame. Shared by the flash test and the benchmark.
 * Each post clones the fixture's first post as the site sent it, with new numbers and text, plus
 * (unless told not to) one count that only the text patterns can find (no hook at all), so both
 * ways of hiding are exercised.
 *
 * "As the site sent it": by the time the feed grows, the extension has marked the first post's
 * counts and scrubbed its labels. Clones of that post would arrive pre-marked and pre-scrubbed,
 * so the extension would skip most of the work a real new post costs it (until 2026-11-26 the
 * bench measured such clones: 62 instead of 121 ms of content script per 1,000 posts). So the
 * template is the first post of the page's HTML as served, parsed into an inert document (no
 * content script sees it) before the feed grows: every appended post is new to the extension,
 * as on the real site. Evaluating GROW_FEED_JS resolves once the template is ready.
 */
export const GROW_FEED_JS = String.raw`
window.__feedTemplate = null;
window.__growFeed = function (count, perFrame, check, textOnlyMetric = true) {
  const template = window.__feedTemplate;
  if (!template) throw new Error('the feed template is not ready: await the evaluation of GROW_FEED_JS');
  const parent = document.querySelector('[data-testid="cellInnerDiv"]').parentElement;
  let made = 0;
  const violations = [];
  let frames = 0;
  return new Promise((resolve) => {
    function batch() {
      const fresh = [];
      for (let i = 0; i < perFrame && made < count; i++, made++) {
        const cell = template.cloneNode(true);
        const n = made + 1;
        for (const m of cell.querySelectorAll('[data-expect="metric"]')) m.textContent = String((n * 37) % 9000 + 1);
        const text = cell.querySelector('[data-testid="tweetText"]');
        if (text) text.textContent = 'Post ' + n + ': ran 5 km in 27 minutes, top 10.';
        if (textOnlyMetric) {
          const extra = document.createElement('div');
          extra.innerHTML = '<span><span data-expect="metric">' + ((n * 13) % 900 + 2) + ' views</span></span>';
          cell.firstElementChild.append(extra);
        }
        parent.append(cell);
        fresh.push(cell);
      }
      requestAnimationFrame(() => {
        frames++;
        if (check) {
          // rAF callbacks run after MutationObserver callbacks and before the frame is painted:
          // a metric readable here is a metric the user saw.
          for (const cell of fresh) for (const v of window.__readableMetrics(cell)) violations.push(v);
        }
        if (made < count) batch();
        else resolve({ made, frames, violations });
      });
    }
    batch();
  });
};
// The script's value: the harness awaits it.
fetch(location.href)
  .then((r) => r.text())
  .then((html) => {
    const post = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-testid="cellInnerDiv"]');
    window.__feedTemplate = document.adoptNode(post);
  });
`;

/** Defines window.__readableMetrics(root): texts of annotated metrics under root that can be read. */
export const READABLE_METRICS_JS = String.raw`
window.__readableMetrics = function (root) {
  const out = [];
  const alpha = (c) => { if (c === 'transparent') return 0; const m = /rgba?\(([^)]+)\)/.exec(c); if (!m) return 1; const p = m[1].split(/[,\s/]+/).filter(Boolean); return p.length >= 4 ? parseFloat(p[3]) : 1; };
  const blur = (ts) => { let max = 0; for (const m of (ts || '').matchAll(/(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px/g)) max = Math.max(max, +m[3]); return max; };
  for (const el of root.querySelectorAll('[data-expect="metric"]')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!/\d/.test(t.data)) continue;
      let hidden = false;
      for (let n = t.parentElement; n; n = n.parentElement) {
        const cs = getComputedStyle(n);
        if (cs.display === 'none' || parseFloat(cs.opacity) < 0.1) { hidden = true; break; }
      }
      const cs = getComputedStyle(t.parentElement);
      if (cs.visibility !== 'visible') hidden = true;
      const fill = cs.webkitTextFillColor || cs.color;
      if (alpha(fill) < 0.15 && (cs.textShadow === 'none' || blur(cs.textShadow) >= 4)) hidden = true;
      if (!hidden) out.push(t.data);
    }
  }
  return out;
};
`;
