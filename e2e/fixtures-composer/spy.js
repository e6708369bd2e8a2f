// A hostile page script (e2e/pause-privacy.spec.ts, e2e/firefox.spec.ts), run before any other
// script and before the content script touches the page: it tries every way a page has to read
// what the user reads and types in the pause dialog. window.__spy() returns all it collected.
// Content scripts run in an isolated world (Chromium) or through Xray wrappers (Firefox), so
// the patched prototypes below should never see the extension's own calls: patched anyway.
(() => {
  const found = new Set();
  const keys = [];
  const roots = new Set();
  const note = (s) => {
    if (typeof s === 'string' && s.trim()) found.add(s);
  };
  const dump = (node, depth = 0) => {
    if (!node || depth > 20) return;
    if (node.nodeType === Node.TEXT_NODE) return note(node.data);
    note(node.textContent);
    if (node instanceof Element) {
      if ('value' in node) note(String(node.value));
      for (const a of node.getAttributeNames()) note(node.getAttribute(a));
      const r = rawShadowRoot(node);
      if (r) {
        roots.add(r);
        dump(r, depth + 1);
      }
      if (node instanceof HTMLIFrameElement) {
        try {
          dump(node.contentDocument?.documentElement, depth + 1);
        } catch {
          /* cross-origin: unreadable, as it should be */
        }
      }
    }
    for (const c of node.childNodes ?? []) dump(c, depth + 1);
  };

  // Patched prototypes.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    roots.add(r);
    return r;
  };
  const shadowGet = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot').get;
  const rawShadowRoot = (el) => shadowGet.call(el);
  Object.defineProperty(Element.prototype, 'shadowRoot', {
    configurable: true,
    get() {
      const r = shadowGet.call(this);
      if (r) roots.add(r);
      return r;
    },
  });
  const inner = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML');
  Object.defineProperty(ShadowRoot.prototype, 'innerHTML', {
    configurable: true,
    get() {
      const v = inner.get.call(this);
      note(v);
      return v;
    },
    set(v) {
      inner.set.call(this, v);
    },
  });
  const onEvent = (e) => {
    if (e.type === 'keydown' && typeof e.key === 'string' && e.key.length === 1) keys.push(e.key);
    note(e.data);
    note(e.clipboardData?.getData('text'));
    for (const t of e.composedPath()) if (t instanceof Node) dump(t);
  };
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (typeof fn !== 'function') return add.call(this, type, fn, opts);
    return add.call(this, type, function (e) {
      try {
        onEvent(e);
      } catch {
        /* keep the page working */
      }
      return fn.apply(this, arguments);
    }, opts);
  };

  // The old host's name, defined first.
  customElements.define('unscored-pause', class extends HTMLElement {
    connectedCallback() {
      setTimeout(() => dump(this), 0);
    }
  });

  // Capture listeners for everything typed.
  const TYPES = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'paste', 'copy', 'cut', 'focusin', 'click', 'message'];
  for (const type of TYPES) {
    add.call(window, type, (e) => {
      onEvent(e);
      if (e.type === 'message') note(JSON.stringify(e.data));
    }, true);
    add.call(document, type, onEvent, true);
  }

  // Everything added to the document, and a walk of the whole tree (every shadow root) often.
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) dump(n);
      if (r.type === 'characterData') note(r.target.data);
      if (r.type === 'attributes') dump(r.target);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const sweep = () => {
    if (document.documentElement) dump(document.documentElement);
    for (const r of roots) dump(r);
    note(getSelection()?.toString());
  };
  setInterval(sweep, 50);

  window.__spy = () => {
    sweep();
    return [...found].join('\n') + '\n' + keys.join('');
  };
})();
