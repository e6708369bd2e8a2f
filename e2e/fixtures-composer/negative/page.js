// Stand-in for the page code of the negative fixtures (a search field, a login form, a settings
// form): records in window.__handled every time the page's own handler runs (a form's submit, a
// click on its button, Enter in a field outside a form) and keeps the page where it is. A
// function of { box, button } (selectors), inlined by harness.ts in place of <script data-negative>.
((cfg) => {
  window.__handled = [];
  const box = document.querySelector(cfg.box);
  const btn = document.querySelector(cfg.button);
  for (const f of document.querySelectorAll('form')) {
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      window.__handled.push('submit');
    });
  }
  btn.addEventListener('click', () => window.__handled.push('click'));
  if (!box.closest('form')) {
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        window.__handled.push('enter');
      }
    });
  }
})
