// Progressive enhancement for the reader pages' forms (decision 012). Reader
// pages carry no framework runtime: every form works as a plain form post to
// its Server Action. With this script the answer replaces the form's region
// of the page instead of reloading it, the button shows that it is busy, and
// a comment form fetches its signed fill-time token when it is first used.
// If the server refuses or cannot be reached, the text stays where it is.
(() => {
  'use strict';

  const FAILED = 'Your message could not be sent just now. Nothing you typed is lost; please try again in a moment.';

  function regionOf(form) {
    return form.closest('[data-enhance-region]') || form;
  }

  function sayError(form, message) {
    let notice = form.querySelector('.reader-forms-error');
    if (!notice) {
      notice = document.createElement('p');
      notice.className = 'notice notice-error reader-forms-error';
      notice.setAttribute('role', 'alert');
      form.prepend(notice);
    }
    notice.textContent = message;
  }

  function setBusy(form, busy) {
    const button = form.querySelector('button[type="submit"]');
    if (!button) return;
    if (busy) {
      button.dataset.idleLabel = button.textContent;
      if (button.dataset.pendingLabel) button.textContent = button.dataset.pendingLabel;
    } else if (button.dataset.idleLabel) {
      button.textContent = button.dataset.idleLabel;
    }
    button.disabled = busy;
    button.setAttribute('aria-disabled', String(busy));
    form.setAttribute('aria-busy', String(busy));
  }

  async function fetchToken(form) {
    const input = form.querySelector('input[name="token"]');
    if (!input || input.value || form.dataset.tokenRequested) return;
    form.dataset.tokenRequested = 'yes';
    try {
      const response = await fetch(form.dataset.tokenUrl, { credentials: 'same-origin' });
      const body = response.ok ? await response.json() : {};
      if (body.token && !input.value) input.value = body.token;
    } catch {
      // Without a token the server asks for a second press, as it does without JavaScript.
    }
  }

  /**
   * Replaces the region with its counterpart in the server's answer; false if
   * the answer has none. An answer that names a page to read the result on
   * (a published comment) is followed there, or shown here if it is this page.
   */
  function showAnswer(region, html) {
    const answer = new DOMParser().parseFromString(html, 'text/html');
    const moved = answer.querySelector('[data-location]');
    const target = moved ? new URL(moved.dataset.location, location.href) : null;
    if (target && target.pathname !== location.pathname) {
      location.assign(target.href);
      return true;
    }
    if (target) history.replaceState(null, '', target.hash);
    const replacement = region.id ? answer.getElementById(region.id) : null;
    if (!replacement) return false;
    const before = new Set([...region.querySelectorAll('[id^="comment-"]')].map((element) => element.id));
    const adopted = document.importNode(replacement, true);
    region.replaceWith(adopted);
    enhanceWithin(adopted);
    const published = (target && target.hash && document.getElementById(target.hash.slice(1))) || [...adopted.querySelectorAll('.comment[id^="comment-"]')].find((element) => !before.has(element.id));
    const focusTarget = published || adopted.querySelector('[aria-invalid="true"], [role="alert"], [role="status"]');
    if (focusTarget) {
      if (!focusTarget.hasAttribute('tabindex') && !focusTarget.matches('input, textarea, select')) focusTarget.setAttribute('tabindex', '-1');
      focusTarget.focus();
      focusTarget.scrollIntoView({ block: 'center' });
    }
    return true;
  }

  /**
   * The server's form parser drops a leading byte-order mark before any check
   * can see it (decision 010); say so here rather than let the text change.
   */
  function fieldStartingWithBom(form) {
    return [...form.querySelectorAll('input[type="text"], input[type="email"], textarea')].find((field) => field.value.charCodeAt(0) === 0xfeff);
  }

  async function submit(form, event) {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') return;
    const marked = fieldStartingWithBom(form);
    if (marked) {
      const label = form.querySelector(`label[for="${marked.id}"]`);
      sayError(form, `${label ? label.textContent : 'A field'} starts with an invisible byte-order mark (U+FEFF), which would be lost. Please delete it and send again.`);
      marked.focus();
      return;
    }
    const body = new FormData(form, event.submitter);
    const region = regionOf(form);
    setBusy(form, true);
    try {
      const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'text/html', 'X-Reader-Forms': '1' } });
      const type = response.headers.get('content-type') || '';
      if (!type.includes('text/html')) {
        // A refusal in front of the page (413, 403, …) says why in plain text.
        sayError(form, response.ok ? FAILED : (await response.text()) || FAILED);
        return;
      }
      if (response.status >= 500) {
        sayError(form, FAILED);
        return;
      }
      const landed = new URL(response.url);
      if (landed.pathname !== location.pathname) {
        location.assign(landed.href);
        return;
      }
      if (!showAnswer(region, await response.text())) sayError(form, FAILED);
    } catch {
      sayError(form, FAILED);
    } finally {
      if (form.isConnected) setBusy(form, false);
    }
  }

  // The comment form remembers who is commenting in this browser only (never a cookie the server sees).
  const COMMENTER = 'musings:commenter';
  function rememberCommenter(form) {
    const name = form.elements.namedItem('name');
    const email = form.elements.namedItem('email');
    if (!form.dataset.tokenUrl || !(name instanceof HTMLInputElement) || !(email instanceof HTMLInputElement)) return;
    try {
      const known = JSON.parse(localStorage.getItem(COMMENTER) || 'null');
      if (known && !name.value && !email.value) {
        name.value = typeof known.name === 'string' ? known.name : '';
        email.value = typeof known.email === 'string' ? known.email : '';
      }
      form.addEventListener('submit', () => localStorage.setItem(COMMENTER, JSON.stringify({ name: name.value, email: email.value })));
    } catch {
      // Storage disabled or full: the form works the same, it just does not remember.
    }
  }

  function enhance(form) {
    if (form.dataset.enhanced) return;
    form.dataset.enhanced = 'yes';
    rememberCommenter(form);
    form.addEventListener('submit', (event) => submit(form, event));
    if (form.dataset.tokenUrl) form.addEventListener('focusin', () => fetchToken(form), { once: true });
  }

  function enhanceWithin(root) {
    if (root.matches && root.matches('form[data-enhance]')) enhance(root);
    root.querySelectorAll('form[data-enhance]').forEach(enhance);
  }

  enhanceWithin(document);
})();
