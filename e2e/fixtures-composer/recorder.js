// Stand-in for a site's own page code, shared by the composer fixtures that need nothing
// special: records each post in window.__posts and clears the box, as the site would after
// sending. A function of its configuration, which harness.ts inlines with it in place of the
// fixture's <script data-recorder> tag: box / button (selectors, searched through open shadow
// roots; the fixture's `pause` selectors unless the tag says otherwise, written to survive the
// redesign mode), disable ("attr": the button's disabled property, "aria": aria-disabled,
// "none") and send ("enter", "mod" for Ctrl/Cmd+Enter, "none": the button only).
((cfg) => {
  window.__posts = [];
  const deep = (sel) => {
    const walk = (root) => root.querySelector(sel) || [...root.querySelectorAll('*')].map((e) => e.shadowRoot && walk(e.shadowRoot)).find(Boolean) || null;
    return walk(document);
  };
  const box = deep(cfg.box);
  // With buttonText: the control among those matching `button` whose text is exactly that.
  const btn = cfg.buttonText ? [...document.querySelectorAll(cfg.button)].find((b) => b.textContent.trim() === cfg.buttonText) : deep(cfg.button);
  const isField = box.localName === 'textarea';
  const text = () => (isField ? box.value : box.innerText.replace(/\n$/, ''));
  const empty0 = box.innerHTML;
  function sync() {
    const empty = !text().trim();
    if (cfg.disable === 'attr') btn.disabled = empty;
    if (cfg.disable === 'aria') btn.setAttribute('aria-disabled', String(empty));
  }
  function post() {
    const t = text();
    if (!t.trim()) return;
    window.__posts.push(t);
    if (isField) box.value = '';
    else box.innerHTML = empty0;
    sync();
  }
  box.addEventListener('input', sync);
  // The page sends with fetch: a native form submission never happens.
  box.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  btn.addEventListener('click', () => {
    if (btn.getAttribute('aria-disabled') !== 'true') post();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    if (cfg.send === 'enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey) { e.preventDefault(); post(); }
    if (cfg.send === 'mod' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); post(); }
  });
  sync();
})
