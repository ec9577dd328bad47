/* Shared by the pages: their text, the error summary, inline errors, page titles and JSON calls. */
(function () {
  'use strict';
  const text = JSON.parse(document.getElementById('rmt-text').textContent);
  const siteName = text.site.name;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  function idOf(field) {
    return field.replace(/\./g, '-');
  }

  /** The container of a field: a .utrecht-form-field or a fieldset with data-field. */
  function container(field) {
    return document.querySelector(`[data-field="${field}"]`);
  }

  /** What an error link moves to: the field's own control, else the first one in its container. */
  function focusTarget(field) {
    const own = document.getElementById(idOf(field));
    if (own && own.offsetParent !== null) return own;
    const box = container(field);
    return box ? box.querySelector('input:not([type=hidden]), select, textarea') : null;
  }

  function controls(box) {
    return box.matches('fieldset')
      ? [...box.querySelectorAll('input, select, textarea')]
      : [...box.querySelectorAll('input, select, textarea')].filter((el) => el.closest('[data-field]') === box);
  }

  function setFieldError(field, message) {
    const box = container(field);
    if (!box) return false;
    const errorId = `${idOf(field)}-error`;
    const error = document.getElementById(errorId);
    error.textContent = message;
    error.hidden = false;
    box.classList.add(box.matches('fieldset') ? 'utrecht-form-fieldset--invalid' : 'utrecht-form-field--invalid');
    for (const control of controls(box)) {
      control.setAttribute('aria-invalid', 'true');
      const described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      if (!described.includes(errorId)) control.setAttribute('aria-describedby', [errorId, ...described].join(' '));
    }
    return true;
  }

  function clearErrors(scope) {
    for (const error of scope.querySelectorAll('.rmt-error-message')) {
      error.hidden = true;
      error.textContent = '';
      const box = error.closest('[data-field]');
      box.classList.remove('utrecht-form-field--invalid', 'utrecht-form-fieldset--invalid');
      for (const control of controls(box)) {
        control.removeAttribute('aria-invalid');
        const rest = (control.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== error.id);
        if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
        else control.removeAttribute('aria-describedby');
      }
    }
    hideSummary();
  }

  function hideSummary() {
    document.getElementById('error-summary').hidden = true;
  }

  /** Shows [{field, message}] above the form, each linking to its field, and moves focus to the summary. */
  function showSummary(errors) {
    const summary = document.getElementById('error-summary');
    const list = document.getElementById('error-summary-list');
    list.replaceChildren(...errors.map(({ field, message }) => {
      const item = document.createElement('li');
      const target = field && focusTarget(field);
      if (target) {
        const link = document.createElement('a');
        link.href = `#${target.id}`;
        link.textContent = message;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          (container(field) || target).scrollIntoView();
          target.focus();
        });
        item.append(link);
      } else {
        item.textContent = message;
      }
      return item;
    }));
    summary.hidden = false;
    summary.focus();
  }

  function setTitle(title, hasErrors) {
    document.title = `${hasErrors ? text.client.errorPrefix : ''}${title} - ${siteName}`;
  }

  async function postJson(path, body, headers) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json',
        'accept-language': document.documentElement.lang, ...headers },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
    let answer = {};
    try {
      answer = await response.json();
    } catch (notJson) {
      answer = {};
    }
    return { status: response.status, body: answer };
  }

  // The other language's page keeps the desk region and other settings of the address.
  for (const link of document.querySelectorAll('a[hreflang]')) {
    link.href = link.getAttribute('href') + window.location.search;
  }

  window.RMT = { text, fill, idOf, container, setFieldError, clearErrors, showSummary, hideSummary, setTitle, postJson };

  /** A date of the API (2027-03-01) as the page's language writes it in full (1 maart 2027, 1 March 2027). */
  window.RMT.locale = () => (document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL');
  window.RMT.longDate = (iso) => new Date(`${iso}T00:00:00Z`).toLocaleDateString(window.RMT.locale(),
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  /** The date in the day, month and year boxes {prefix}-day, -month, -year: {iso, date}, {empty} or {invalid}. */
  window.RMT.dateOf = (prefix) => {
    const [day, month, year] = ['day', 'month', 'year'].map((part) => document.getElementById(`${prefix}-${part}`)
      .value.trim());
    if (!day && !month && !year) return { empty: true };
    if (![day, month, year].every((part) => /^\d+$/.test(part)) || year.length !== 4) return { invalid: true };
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1
        || date.getUTCDate() !== Number(day)) return { invalid: true };
    return { iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, date };
  };

  /** A GET of the public API: {status, body}; status 0 when the service could not be reached. */
  window.RMT.getJson = async (path, headers) => {
    try {
      const response = await fetch(path, {
        headers: { accept: 'application/json', 'accept-language': document.documentElement.lang, ...headers },
        credentials: 'omit',
      });
      return { status: response.status, body: await response.json().catch(() => ({})) };
    } catch (offline) {
      return { status: 0, body: {} };
    }
  };
}());
