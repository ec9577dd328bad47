/* The withdrawal page: reference and code, filled in from the email link's fragment, posted to the API. */
(function () {
  'use strict';
  const { text, setFieldError, clearErrors, showSummary, setTitle, postJson } = window.RMT;
  const form = document.getElementById('withdraw-form');
  const done = document.getElementById('withdrawn');
  let sending = false;

  // The link in the email carries #reference=…&code=…; a fragment never reaches a server or its logs.
  function fillFromFragment() {
    const fragment = new URLSearchParams(window.location.hash.slice(1));
    for (const name of ['reference', 'code']) {
      if (fragment.get(name)) document.getElementById(name).value = fragment.get(name);
    }
    if (fragment.has('code')) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }

  function fail(errors) {
    errors.filter((error) => error.field).forEach((error) => setFieldError(error.field, error.message));
    setTitle(form.dataset.title, true);
    showSummary(errors);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const reference = document.getElementById('reference').value.trim();
    const code = document.getElementById('code').value.trim();
    const errors = [];
    if (!reference) errors.push({ field: 'reference', message: text.client.error.reference });
    if (!code) errors.push({ field: 'code', message: text.client.error.code });
    if (errors.length) {
      fail(errors);
      return;
    }
    if (sending) return;
    sending = true;
    let answer;
    try {
      answer = await postJson('/v1/withdrawals', { reference, code });
    } catch (offline) {
      answer = { status: 0, body: {} };
    } finally {
      sending = false;
    }
    if (answer.status === 200) {
      form.hidden = true;
      form.reset();
      document.getElementById('withdrawn-message').textContent = answer.body.message;
      done.hidden = false;
      setTitle(done.dataset.title, false);
      done.querySelector('h1').focus();
    } else if (answer.status === 400 && Array.isArray(answer.body.errors) && answer.body.errors.length) {
      fail(answer.body.errors.map((error) => ({
        field: ['reference', 'code'].includes(error.field) ? error.field : null, message: error.message })));
    } else if (answer.status === 404 && answer.body.message) {
      fail([{ field: 'reference', message: answer.body.message }]);
    } else {
      fail([{ field: null, message: text.client.unreachable }]);
    }
  });

  fillFromFragment();
}());
